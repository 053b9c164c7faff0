namespace Sihui.ChainSim.Benchmarks.Tests;

/// <summary>The benchmark code still runs, at a tiny size; real figures come from the Release benchmark run.</summary>
public sealed class BenchmarkSmokeTests
{
    [Fact]
    public async Task A_quick_run_measures_everything_and_writes_the_report()
    {
        var settings = BenchmarkSettings.QuickFor(RepositoryPaths.Root);
        var results = await BenchmarkSuite.RunAsync(settings, TextWriter.Null);

        Assert.NotEmpty(results.Latency);
        Assert.All(results.Throughput, row => Assert.True(row.OrleansPerSecond > 0 && row.DirectPerSecond > 0));
        Assert.Equal(12, results.Scaling.Count);
        Assert.Single(results.ColdStart);
        Assert.All(results.Memory, row => Assert.True(row.PeakBytes > 10 * 1024 * 1024, $"{row.Engine}: {row.PeakBytes} bytes"));

        var file = Path.Combine(Path.GetTempPath(), $"performance-{Guid.NewGuid():N}.md");
        try
        {
            File.WriteAllText(file, "# Performance\n\nHand-written notes stay.\n");
            PerformanceDocument.Update(file, MarkdownReport.Write(results, settings, TimeSpan.FromSeconds(1)));
            PerformanceDocument.Update(file, MarkdownReport.Write(results, settings, TimeSpan.FromSeconds(2)));
            var text = File.ReadAllText(file);
            Assert.Contains("Hand-written notes stay.", text);
            Assert.Single(System.Text.RegularExpressions.Regex.Matches(text, PerformanceDocument.Begin));
            Assert.Contains("### Throughput", text);
            Assert.Contains("### Memory", text);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
