using Sihui.ChainSim.Contracts;
using Sihui.ChainSim.Runner;
using Sihui.ChainSim.Scenarios.Generation;

namespace Sihui.ChainSim.Benchmarks;

/// <summary>The inputs benchmarks run: the Sihui scenario, and generated scenarios of a given size.</summary>
public static class BenchmarkScenarios
{
    public static RunRequest Sihui(BenchmarkSettings settings, int trials) => new()
    {
        ScenarioText = File.ReadAllText(settings.SihuiScenario),
        FileName = settings.SihuiScenario,
        Trials = trials,
    };

    public static string GeneratedText(int enterprises, int years, int trials) => ScenarioGenerator.Generate(new GeneratorSettings
    {
        Enterprises = enterprises,
        Parks = Math.Max(1, enterprises / 250),
        Industries = 10,
        Projects = Math.Max(1, enterprises / 20),
        Years = years,
        Trials = trials,
        Seed = 1,
    });

    public static RunRequest Generated(int enterprises, int years, int trials) => new()
    {
        ScenarioText = GeneratedText(enterprises, years, trials),
        FileName = $"generated-{enterprises}x{years}x{trials}.yaml",
        Trials = trials,
    };
}
