using Sihui.ChainSim.Scenarios.Generation;

namespace Sihui.ChainSim.Benchmarks;

/// <summary>The generated scenarios the engines run: every model feature, 250 enterprises per park.</summary>
public static class BenchmarkScenarios
{
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

    /// <summary>Writes the scenario into <paramref name="folder"/> and returns its path.</summary>
    public static string Write(string folder, int enterprises, int years, int trials)
    {
        var file = Path.Combine(folder, $"generated-{enterprises}x{years}.yaml");
        if (!File.Exists(file))
        {
            File.WriteAllText(file, GeneratedText(enterprises, years, trials));
        }
        return file;
    }
}
