using System.Text.RegularExpressions;
using Sihui.ChainSim.Analysis.Scoring;
using Sihui.ChainSim.TestSupport;

namespace Sihui.ChainSim.Cli.Tests.Commands;

/// <summary>
/// Every analysis command's human text follows --lang: the Chinese console and Markdown hold none of the English
/// words the English ones hold, and the JSON and CSV files are the same bytes in both languages.
/// </summary>
public sealed partial class AnalysisLanguageTests : IDisposable
{
    private static readonly SyntheticHistory History = SyntheticHistory.Generate();

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Compare_with_explain()
    {
        var scenario = CliHarness.WriteScenario(_temp.Path);

        await AssertFollowsLanguageAsync(
            ["compare", scenario, "--variants", "pessimistic", "--explain", "baseline,pessimistic", "--engine", "direct", "--trials", "40"],
            ["comparison.md", "gap.md"],
            ["trials per column", "probability", "Time to target", "Main metrics by year", "Assumption", "interaction", "total", "Mean total output", "Wrote"]);
    }

    [Fact]
    public async Task Sensitivity()
    {
        var scenario = CliHarness.WriteScenario(_temp.Path);

        await AssertFollowsLanguageAsync(
            ["sensitivity", scenario, "--params", "economy.shock.mean", "--engine", "direct", "--trials", "40"],
            ["sensitivity.md"],
            ["What moves", "Base case", "Parameter", "probability", "trials", "seed", "Ranked by", "Wrote"]);
    }

    [Fact]
    public async Task Goal_seek()
    {
        var scenario = CliHarness.WriteScenario(_temp.Path);

        await AssertFollowsLanguageAsync(
            ["goal-seek", scenario, "--target", "total_end", "--probability", "0.99", "--param", "economy.shock.mean",
                "--min", "-0.3", "--max", "-0.2", "--engine", "direct", "--trials", "40"],
            ["goal-seek.md"],
            ["Goal-seek", "Not reachable", "unreachable", "probability", "Direction", "Reached", "trials", "seed", "Base case", "Wrote"]);
    }

    [Fact]
    public async Task Score()
    {
        var run = _temp.File("run");
        Directory.CreateDirectory(run);
        File.WriteAllBytes(Path.Combine(run, QuantilesCsv.FileName), QuantilesCsv.Write([
            ("total_output", 2025, new ForecastQuantiles(Enumerable.Range(1, 99).Select(i => 10.0 * i).ToArray())),
        ]));
        // Named so its path holds no English word: the not-scored lines name it.
        var actuals = _temp.File("a.csv");
        // Two actuals without a forecast: their notes follow the language too.
        File.WriteAllText(actuals, "metric,id,year,value\ntotal_output,,2025,900\ntotal_output,,2030,950\nprice_index,copper,2025,1.02\n");

        await AssertFollowsLanguageAsync(
            ["score", run, "--actuals", actuals],
            [],
            ["Forecasts against actuals", "Metric", "Actual", "actuals", "inside", "mean PIT", "PIT histogram", "Wrote", "forecast", "forecasts", "price index"]);
    }

    [Fact]
    public async Task Score_without_lang_takes_the_language_of_the_scored_runs_scenario()
    {
        var scenario = CliHarness.WriteScenario(_temp.Path);
        File.AppendAllText(scenario, "\nlanguage: en\n");
        var run = _temp.File("run");
        Assert.Equal(0, (await CliHarness.RunAsync("run", scenario, "--engine", "direct", "--trials", "20", "--out", run)).ExitCode);
        // The first forecast in the run's quantiles.csv, as an actual.
        var first = File.ReadLines(Path.Combine(run, QuantilesCsv.FileName)).Skip(1).First().Split(',');
        var actuals = _temp.File("actuals.csv");
        File.WriteAllText(actuals, $"metric,id,year,value\n{first[0]},,{first[1]},{first[51]}\n");

        var english = await CliHarness.RunAsync("score", run, "--actuals", actuals, "--out", _temp.File("score-en"));
        File.Delete(Path.Combine(run, "run.json"));
        var unknown = await CliHarness.RunAsync("score", run, "--actuals", actuals, "--out", _temp.File("score-zh"));

        Assert.True(english.ExitCode == 0, english.Error);
        Assert.Contains("Forecasts against actuals", english.Out, StringComparison.Ordinal);
        Assert.True(unknown.ExitCode == 0, unknown.Error);
        Assert.Contains("预测与实际值对比", unknown.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Backtest()
    {
        var (scenario, history) = WriteHistory();

        await AssertFollowsLanguageAsync(
            ["backtest", scenario, "--history", history, "--from", "2022", "--engine", "direct", "--trials", "40", "--draws", "1"],
            [],
            ["Origins", "Scores by horizon", "Years ahead", "actuals", "trials per origin", "inside", "PIT histogram", "Wrote"]);
    }

    [Fact]
    public async Task Calibrate()
    {
        var (scenario, history) = WriteHistory();

        // The second run replaces the variant the first wrote, with the same values: the JSON stays the same.
        await AssertFollowsLanguageAsync(
            ["calibrate", scenario, "--history", history, "--engine", "direct", "--trials", "40"],
            [],
            ["Fitted to", "Parameter", "Std. error", "Years", "mean growth", "History against the fitted fan", "level backcast", "Wrote"]);
    }

    [Fact]
    public async Task Calibrate_notes()
    {
        var (scenario, history) = WriteHistoryWithGaps();

        // The notes of the fit (nominal growth taken as real, firms without history or with too little, metrics that fit
        // nothing, series outside the backcast), in the table and below it.
        await AssertFollowsLanguageAsync(
            ["calibrate", scenario, "--history", history, "--engine", "direct", "--trials", "40"],
            [],
            ["nominal", "observations", "fewer", "keep", "checked", "later", "own", "Note"]);
    }

    [Fact]
    public async Task Backtest_notes()
    {
        var (scenario, history) = WriteHistoryWithGaps();

        // Each origin's notes (the fitted price index) and the actuals it could not score (a dropped firm, an incomplete total).
        await AssertFollowsLanguageAsync(
            ["backtest", scenario, "--history", history, "--from", "2019", "--engine", "direct", "--trials", "40", "--draws", "1"],
            [],
            ["drift", "volatility", "dropped", "figure", "lacks", "Note"]);
    }

    [Fact]
    public async Task Nowcast_console_says_what_it_was_conditioned_on_in_the_language()
    {
        var scenario = CliHarness.WriteScenario(_temp.Path);
        var plain = await CliHarness.RunAsync("run", scenario, "--engine", "direct", "--trials", "200", "--json", "--out", _temp.File("plain"));
        Assert.Equal(0, plain.ExitCode);
        var p50 = (double)System.Text.Json.Nodes.JsonNode.Parse(plain.Out)!["years"]!.AsArray().Single(y => (int)y!["year"]! == 2025)!["metrics"]!["total_output"]!["p50"]!;
        var observed = _temp.File("observed.csv");
        File.WriteAllText(observed, "metric,year,through_month,value,growth_yoy\n" + string.Create(System.Globalization.CultureInfo.InvariantCulture, $"total_output,2025,6,{p50 * 0.5:F3},\n"));

        var zh = await CliHarness.RunAsync("nowcast", scenario, "--observed", observed, "--engine", "direct", "--trials", "200", "--min-ess", "50", "--lang", "zh", "--out", _temp.File("now-zh"));
        var en = await CliHarness.RunAsync("nowcast", scenario, "--observed", observed, "--engine", "direct", "--trials", "200", "--min-ess", "50", "--lang", "en", "--out", _temp.File("now-en"));

        Assert.True(zh.ExitCode == 0, zh.Error);
        Assert.True(en.ExitCode == 0, en.Error);
        Assert.Contains("Conditioned on 1 observation(s): effective sample size", en.Out, StringComparison.Ordinal);
        Assert.Contains("以 1 条观测数据为条件：有效样本量", zh.Out, StringComparison.Ordinal);
        Assert.Contains("total_output 2025 through month 6", en.Out, StringComparison.Ordinal);
        var zhReport = File.ReadAllText(Path.Combine(_temp.File("now-zh"), "report.md"));
        foreach (var text in new[] { zh.Out, zhReport })
        {
            Assert.Contains("total_output 2025 年 1–6 月", text, StringComparison.Ordinal);
            foreach (var word in new[] { "Conditioned", "effective", "sample", "drawn", "through", "month" })
            {
                Assert.DoesNotContain(word, text, StringComparison.Ordinal);
            }
        }
        // summary.json keeps the row as errors name it, in both languages.
        Assert.Equal(File.ReadAllText(Path.Combine(_temp.File("now-en"), "summary.json")), File.ReadAllText(Path.Combine(_temp.File("now-zh"), "summary.json")));
    }

    /// <summary>
    /// The synthetic history with gaps that give notes: a copper firm with two growth observations from 2021, a firm
    /// without history, and a city total, which the calibration reads but fits nothing from.
    /// </summary>
    private (string Scenario, string History) WriteHistoryWithGaps()
    {
        var scenario = _temp.File("gaps.yaml");
        File.WriteAllText(scenario, History.ScenarioYaml()
            + "  - {id: newfirm, industry: copper, output: 10, growth: {dist: normal, mean: 0.05, sd: 0.05}}\n"
            + "  - {id: nohistory, industry: jade, output: 5, growth: {dist: normal, mean: 0.05, sd: 0.05}}\n");
        var history = _temp.File("gaps.csv");
        File.WriteAllText(history, History.Csv
            + "enterprise_output,newfirm,2021,10\nenterprise_output,newfirm,2022,11\nenterprise_output,newfirm,2023,12.5\ntotal_output,,2020,600\n");
        return (scenario, history);
    }

    private (string Scenario, string History) WriteHistory()
    {
        var scenario = _temp.File("synthetic.yaml");
        File.WriteAllText(scenario, History.ScenarioYaml());
        var history = _temp.File("history.csv");
        File.WriteAllText(history, History.Csv);
        return (scenario, history);
    }

    /// <summary>
    /// Runs <paramref name="args"/> with --lang zh and --lang en into two folders: the English console and
    /// <paramref name="markdown"/> files contain every one of <paramref name="englishWords"/> (as whole words), the
    /// Chinese ones none, and every JSON and CSV file is byte-identical between the two.
    /// </summary>
    private async Task AssertFollowsLanguageAsync(string[] args, string[] markdown, string[] englishWords)
    {
        var texts = new Dictionary<string, string>();
        foreach (var language in new[] { "zh", "en" })
        {
            var result = await CliHarness.RunAsync([.. args, "--out", _temp.File(language), "--lang", language]);
            Assert.True(result.ExitCode == 0, result.Error);
            texts[language] = result.Out + string.Concat(markdown.Select(m => File.ReadAllText(Path.Combine(_temp.File(language), m))));
        }

        foreach (var word in englishWords)
        {
            var pattern = new Regex($@"(?<![\w-]){Regex.Escape(word)}(?![\w-])");
            Assert.True(pattern.IsMatch(texts["en"]), $"the English output lacks '{word}'");
            Assert.False(pattern.IsMatch(texts["zh"]), $"the Chinese output has '{word}' in: {texts["zh"].Split('\n').FirstOrDefault(pattern.IsMatch)}");
        }
        Assert.Matches(HanCharacter(), texts["zh"]);

        var machine = Directory.GetFiles(_temp.File("en")).Select(Path.GetFileName)
            .Where(n => n!.EndsWith(".json", StringComparison.Ordinal) || n.EndsWith(".csv", StringComparison.Ordinal)).Order().ToList();
        Assert.NotEmpty(machine);
        foreach (var name in machine)
        {
            Assert.True(Bytes(Path.Combine(_temp.File("en"), name!)).SequenceEqual(Bytes(Path.Combine(_temp.File("zh"), name!))),
                $"{name} differs between --lang zh and --lang en");
        }
    }

    /// <summary>A file's bytes, with sensitivity.json's wall time (the one figure that differs between any two runs) set to 0.</summary>
    private static byte[] Bytes(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var text = System.Text.Encoding.UTF8.GetString(bytes);
        var timeless = WallSeconds().Replace(text, "\"wall_seconds\": 0");
        return timeless == text ? bytes : System.Text.Encoding.UTF8.GetBytes(timeless);
    }

    [GeneratedRegex(@"""wall_seconds"": [0-9.eE+-]+")]
    private static partial Regex WallSeconds();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex HanCharacter();
}
