namespace Sihui.ChainSim.Benchmarks.Tests;

/// <summary>The benchmark code still runs, at a tiny size; real figures come from the Release benchmark run.</summary>
public sealed class BenchmarkSmokeTests
{
    [Fact]
    public async Task A_quick_run_measures_every_goal_and_writes_the_report()
    {
        var settings = BenchmarkSettings.QuickFor(RepositoryPaths.Root);
        var results = await BenchmarkSuite.RunAsync(settings, TextWriter.Null);

        Assert.NotNull(results.Kernel);
        Assert.True(results.Kernel.PerSecond.Median > 0);
        Assert.NotNull(results.Engines);
        Assert.Equal(settings.EngineRepetitions, results.Engines.DirectHigh.Values.Count);
        Assert.Equal(settings.WebTrials.Length, results.Web.Count);
        Assert.All(results.Web, row => Assert.True(row.ServerMs.Median > 0));
        Assert.NotNull(results.Analyses);
        Assert.Equal(settings.TornadoParams!.Count, results.Analyses.Bars);
        Assert.Equal(settings.AnalysisRepetitions, results.Analyses.TornadoMs.Values.Count);
        Assert.All(results.Analyses.FirstBarMs.Values.Zip(results.Analyses.TornadoMs.Values), t => Assert.True(t.First > 0 && t.First <= t.Second));
        Assert.Equal(3, results.ColdStart.Count);
        Assert.Equal(2, results.Memory.Count);
        Assert.All(results.Memory, row => Assert.True(row.PeakBytes > 10 * 1024 * 1024, $"{row.Engine}: {row.PeakBytes} bytes"));
        Assert.True(results.Cluster is not null || results.Skipped.Count == 1, string.Join("; ", results.Skipped));
        Assert.DoesNotContain(results.Skipped, s => s.Contains("failed", StringComparison.Ordinal));

        var file = Path.Combine(Path.GetTempPath(), $"performance-{Guid.NewGuid():N}.md");
        try
        {
            File.WriteAllText(file, "# Performance\n\nHand-written notes stay.\n");
            PerformanceDocument.Update(file, MarkdownReport.Write(results, settings, TimeSpan.FromSeconds(1)));
            PerformanceDocument.Update(file, MarkdownReport.Write(results, settings, TimeSpan.FromSeconds(2)));
            var text = File.ReadAllText(file);
            Assert.Contains("Hand-written notes stay.", text);
            Assert.Single(System.Text.RegularExpressions.Regex.Matches(text, PerformanceDocument.Begin));
            Assert.Contains("### Goals", text);
            Assert.Contains("### Reference kernel", text);
            Assert.Contains("server time", text);
            Assert.Contains("the tornado's first bar", text);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Goals_say_whether_each_is_met_and_by_how_much()
    {
        var results = new BenchmarkResults();
        results.Web.Add(new WebRow(2_000, new Samples([50.0, 60, 70]), new Samples([55.0, 65, 75])));
        results.Web.Add(new WebRow(10_000, new Samples([600.0, 610, 620]), new Samples([605.0, 615, 625])));

        var goals = Goals.Evaluate(results);

        Assert.True(goals[0].Met);
        Assert.Equal("40% under the limit", goals[0].ByHowMuch);
        Assert.False(goals[1].Met);
        Assert.Equal("2.03× the limit", goals[1].ByHowMuch);
    }

    [Fact]
    public void The_analysis_goals_are_the_tornado_its_first_bar_and_compare()
    {
        var results = new BenchmarkResults
        {
            Analyses = new AnalysisResult(2_000, 18, "chainsim", new Samples([1_600.0, 1_700, 1_800]), new Samples([900.0, 1_000, 1_100]),
                new Samples([14_000.0, 16_000, 18_000])),
        };

        var goals = Goals.Evaluate(results);

        Assert.Equal(3, goals.Count);
        Assert.Contains("18 parameters", goals[0].Goal);
        Assert.False(goals[0].Met);
        Assert.Equal("1.07× the limit", goals[0].ByHowMuch);
        Assert.True(goals[1].Met);
        Assert.Equal("50% under the limit", goals[1].ByHowMuch);
        Assert.False(goals[2].Met);
        Assert.Equal("1.13× the limit", goals[2].ByHowMuch);
    }
}
