using Sihui.ChainSim.Reports;

namespace Sihui.ChainSim.Cli.Tests.Processes;

/// <summary>
/// A run killed with kill -9 at seeded random moments of its write phase: the output folder always holds one whole set,
/// the earlier one or the new one, never a mix, a partial set or a temporary file.
/// </summary>
public sealed class KilledWriteTests
{
    // Each step of the write phase (one file, then the swap) waits this long, so a kill can land anywhere in it.
    private const int StepDelayMs = 50;
    private const int Kills = 20;

    private static readonly string[] RunFiles =
    [
        "fan-total_output.png", "fan-total_output.svg", "industries-mean.png", "industries-mean.svg",
        "quantiles.csv", "report.html", "report.md", "run.json", "summary.json", "years.csv",
    ];

    [Fact]
    public async Task Every_kill_leaves_a_complete_earlier_set_or_a_complete_new_set()
    {
        using var folder = new TempDirectory();
        var scenario = CliHarness.WriteScenario(folder.Path);
        var target = Path.Combine(folder.Path, "out", "small");
        // Whole sets of each seed, made by uninterrupted runs; run.json differs run to run (timings), so it is checked apart.
        var sets = new Dictionary<string, Dictionary<string, byte[]>>
        {
            ["11"] = await RunToEndAsync(folder.Path, scenario, Path.Combine(folder.Path, "ref-11"), "11"),
            ["12"] = await RunToEndAsync(folder.Path, scenario, Path.Combine(folder.Path, "ref-12"), "12"),
        };
        await RunToEndAsync(folder.Path, scenario, target, "11");
        var current = Snapshot(target);

        var random = new Random(20261201);
        var environment = new Dictionary<string, string> { [OutputSet.StepDelayVariable] = StepDelayMs.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        var (newSets, landed) = (0, 0);
        for (var kill = 0; kill < Kills; kill++)
        {
            var seed = kill % 2 == 0 ? "12" : "11";
            using var run = ChainsimProcess.Start(folder.Path, Args(scenario, target, seed), environment);
            // Anywhere from the first file to just past the swap and the clean-up.
            var moment = random.Next(0, StepDelayMs * (RunFiles.Length + 2));
            if (await WaitForStagingAsync(folder.Path, run))
            {
                await Task.Delay(moment);
                run.Kill();
                landed++;
            }
            else
            {
                // On a busy machine this test may look too late, once the run has finished; its set must then be whole too.
                Assert.True(run.ExitCode == 0, run.Output);
            }

            var after = Snapshot(target);
            var kept = SameSet(after, current, includeRunJson: true);
            var replaced = SameSet(after, sets[seed], includeRunJson: false);
            Assert.True(kept || replaced,
                $"kill {kill} at {moment} ms left [{string.Join(", ", after.Keys.Order(StringComparer.Ordinal))}], neither the earlier set nor the seed {seed} set");
            Assert.Equal(RunFiles, after.Keys.Order(StringComparer.Ordinal));
            newSets += replaced && !kept ? 1 : 0;
            current = after;
        }

        // The next whole run clears what the killed ones left beside the target.
        await RunToEndAsync(folder.Path, scenario, target, "12");
        Assert.Equal(["small"], Directory.EnumerateFileSystemEntries(Path.GetDirectoryName(target)!).Select(Path.GetFileName));
        Assert.True(SameSet(Snapshot(target), sets["12"], includeRunJson: false));
        Assert.True(landed >= Kills / 4, $"only {landed} of {Kills} kills landed in a write phase ({newSets} left the new set)");
    }

    private static string[] Args(string scenario, string target, string seed) =>
        ["run", scenario, "--engine", "direct", "--trials", "50", "--seed", seed, "--out", target, "--quiet"];

    private static async Task<Dictionary<string, byte[]>> RunToEndAsync(string workingDirectory, string scenario, string target, string seed)
    {
        using var run = ChainsimProcess.Start(workingDirectory, Args(scenario, target, seed));
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        while (!run.HasExited)
        {
            await Task.Delay(50, limit.Token);
        }
        Assert.True(run.ExitCode == 0, run.Output);
        return Snapshot(target);
    }

    /// <summary>Waits until the run's staging folder appears beside the target (the write phase has begun); false if the run ended first.</summary>
    private static async Task<bool> WaitForStagingAsync(string root, TestProcess run)
    {
        var parent = Path.Combine(root, "out");
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(120);
        while (!Directory.EnumerateDirectories(parent, ".small.staging-" + run.Pid + "-*").Any())
        {
            if (run.HasExited)
            {
                return false;
            }
            Assert.True(DateTime.UtcNow < deadline, "no staging folder; output:\n" + run.Output);
            await Task.Delay(2);
        }
        return true;
    }

    private static Dictionary<string, byte[]> Snapshot(string folder) =>
        Directory.Exists(folder)
            ? Directory.EnumerateFileSystemEntries(folder).ToDictionary(p => Path.GetFileName(p), p => File.Exists(p) ? File.ReadAllBytes(p) : [])
            : [];

    private static bool SameSet(Dictionary<string, byte[]> actual, Dictionary<string, byte[]> expected, bool includeRunJson)
    {
        if (!actual.Keys.Order(StringComparer.Ordinal).SequenceEqual(expected.Keys.Order(StringComparer.Ordinal)))
        {
            return false;
        }
        foreach (var (name, bytes) in expected)
        {
            if (name == "run.json" && !includeRunJson)
            {
                // Whole and of this run's kind: it parses, and names the scenario run.
                using var json = System.Text.Json.JsonDocument.Parse(actual[name]);
                if (!json.RootElement.TryGetProperty("scenario", out _))
                {
                    return false;
                }
                continue;
            }
            if (!actual[name].AsSpan().SequenceEqual(bytes))
            {
                return false;
            }
        }
        return true;
    }
}
