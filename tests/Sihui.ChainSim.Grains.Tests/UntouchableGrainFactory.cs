using System.Reflection;

namespace Sihui.ChainSim.Grains.Tests;

/// <summary>
/// An <see cref="IGrainFactory"/> that records each grain asked for and then fails, so a test sees whether the cache
/// went to the run grain. DispatchProxy derives from this class, so it cannot be sealed.
/// </summary>
public class UntouchableGrainFactory : DispatchProxy
{
    public List<string> Asked { get; } = [];

    public static (IGrainFactory Factory, UntouchableGrainFactory Record) Create()
    {
        var factory = Create<IGrainFactory, UntouchableGrainFactory>();
        return (factory, (UntouchableGrainFactory)(object)factory);
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        var grain = targetMethod!.IsGenericMethod ? targetMethod.GetGenericArguments()[0].Name : "?";
        Asked.Add($"{grain} {args?.FirstOrDefault()}");
        throw new InvalidOperationException($"the cache asked for {grain} {args?.FirstOrDefault()}");
    }
}
