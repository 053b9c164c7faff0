using System.Reflection;

namespace Sihui.ChainSim.TestSupport;

/// <summary>The assemblies a project reaches, directly or through others: what a "no Orleans here" rule is checked on.</summary>
public static class DependencyClosure
{
    /// <summary>The simple names of <paramref name="root"/> and every assembly it references, however deep, in ordinal order.</summary>
    public static IReadOnlyList<string> Of(Assembly root)
    {
        var seen = new SortedSet<string>(StringComparer.Ordinal) { root.GetName().Name! };
        var pending = new Stack<Assembly>([root]);
        while (pending.TryPop(out var assembly))
        {
            foreach (var reference in assembly.GetReferencedAssemblies())
            {
                if (seen.Add(reference.Name!) && TryLoad(reference) is { } loaded)
                {
                    pending.Push(loaded);
                }
            }
        }
        return [.. seen];
    }

    /// <summary>The names in <see cref="Of"/> that belong to Orleans or to a Redis client.</summary>
    public static IReadOnlyList<string> OrleansOrRedis(Assembly root) =>
        [.. Of(root).Where(n => n.StartsWith("Orleans", StringComparison.Ordinal)
            || n.StartsWith("Microsoft.Orleans", StringComparison.Ordinal)
            || n.Contains("Redis", StringComparison.OrdinalIgnoreCase))];

    private static Assembly? TryLoad(AssemblyName name)
    {
        try
        {
            return Assembly.Load(name);
        }
        catch (FileNotFoundException)
        {
            // Not beside the tests, so nothing the project ships with; its own references cannot be followed.
            return null;
        }
    }
}
