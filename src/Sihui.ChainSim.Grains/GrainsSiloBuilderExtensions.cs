using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;

namespace Sihui.ChainSim.Grains;

/// <summary>Registers what the simulation grains need on a silo.</summary>
public static class GrainsSiloBuilderExtensions
{
    /// <summary>Long park steps on big scenarios must not hit Orleans' default 30 s response timeout.</summary>
    public static readonly TimeSpan StepTimeout = TimeSpan.FromMinutes(30);

    public static ISiloBuilder AddChainSimGrains(this ISiloBuilder silo)
    {
        silo.Services.AddSingleton(TimeProvider.System);
        silo.Services.AddSingleton<CompiledScenarioCache>();
        silo.Services.AddChainSimContractsSerializer();
        silo.Configure<SiloMessagingOptions>(options => options.ResponseTimeout = StepTimeout);
        return silo;
    }
}
