namespace Sihui.ChainSim.Benchmarks;

/// <summary>Cold start and memory: whole <c>chainsim</c> processes, from start to exit.</summary>
public static class ProcessBenchmarks
{
    public static void Run(BenchmarkSettings settings, BenchmarkResults results, TextWriter log)
    {
        if (!settings.Quick)
        {
            log.WriteLine("building chainsim (Release)");
            new ChainsimProcess.Builder(settings.RepositoryRoot).Build();
        }
        var chainsim = new ChainsimProcess(settings.RepositoryRoot);
        var scratch = Directory.CreateTempSubdirectory("chainsim-bench-");
        try
        {
            ColdStart(settings, results, log, chainsim, scratch.FullName);
            Memory(settings, results, log, chainsim, scratch.FullName);
        }
        finally
        {
            scratch.Delete(recursive: true);
        }
    }

    private static void ColdStart(BenchmarkSettings settings, BenchmarkResults results, TextWriter log, ChainsimProcess chainsim, string scratch)
    {
        var sihui = Path.GetRelativePath(settings.RepositoryRoot, settings.SihuiScenario);
        log.WriteLine("cold start: chainsim run (built binary)");
        var binary = Enumerable.Range(0, settings.ColdStartRepetitions)
            .Select(i => chainsim.Run(sihui, Path.Combine(scratch, $"cold-{i}")).WallSeconds)
            .ToList();
        results.ColdStart.Add(new ColdStartRow($"dotnet chainsim.dll run {sihui}", new Samples(binary)));

        if (settings.Quick)
        {
            return;
        }
        log.WriteLine("cold start: the README's command (dotnet run, already built)");
        string[] readme = ["run", "--project", "src/Sihui.ChainSim.Cli", "-c", "Release", "--", "run", sihui, "--quiet"];
        var seconds = Enumerable.Range(0, settings.ColdStartRepetitions)
            .Select(i => chainsim.Execute("dotnet", [.. readme, "--out", Path.Combine(scratch, $"readme-{i}")]))
            .ToList();
        results.ColdStart.Add(new ColdStartRow("dotnet run --project src/Sihui.ChainSim.Cli -c Release -- run " + sihui, new Samples(seconds)));
    }

    private static void Memory(BenchmarkSettings settings, BenchmarkResults results, TextWriter log, ChainsimProcess chainsim, string scratch)
    {
        foreach (var (enterprises, trials) in settings.MemoryPoints)
        {
            var file = Path.Combine(scratch, $"memory-{enterprises}.yaml");
            if (!File.Exists(file))
            {
                File.WriteAllText(file, BenchmarkScenarios.GeneratedText(enterprises, settings.ThroughputYears, trials));
            }
            foreach (var engine in new[] { "orleans", "direct" })
            {
                log.WriteLine($"memory: {enterprises} enterprises x {trials} trials, {engine}");
                var outcome = chainsim.Run(file, Path.Combine(scratch, $"memory-out-{enterprises}-{trials}-{engine}"),
                    "--trials", trials.ToString(System.Globalization.CultureInfo.InvariantCulture), "--engine", engine);
                results.Memory.Add(new MemoryRow(enterprises, trials, engine, outcome.PeakWorkingSetBytes, outcome.WallSeconds));
            }
        }
    }
}
