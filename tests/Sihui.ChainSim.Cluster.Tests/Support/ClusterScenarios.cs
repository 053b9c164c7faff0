using Sihui.ChainSim.Contracts;
using Sihui.ChainSim.Model.Results;
using Sihui.ChainSim.Runner;
using Sihui.ChainSim.Scenarios.Generation;

namespace Sihui.ChainSim.Cluster.Tests.Support;

/// <summary>Generated scenarios big enough to spread over silos, and a canonical text of results.</summary>
public static class ClusterScenarios
{
    public static RunRequest Request(int enterprises, int years, int trials, int seed = 3)
    {
        var settings = new GeneratorSettings
        {
            Enterprises = enterprises, Parks = 8, Industries = 4, Projects = 20, Years = years, Seed = seed, Trials = trials,
        };
        return new RunRequest { ScenarioText = ScenarioGenerator.Generate(settings), FileName = $"generated-{enterprises}.yaml" };
    }

    /// <summary>Equal texts mean bit-identical numbers: doubles are written round-trip (see <see cref="ResultFingerprint"/>).</summary>
    public static string Fingerprint(SimulationResult result) => ResultFingerprint.Of(result);
}
