using System.Text.Json;
using MiniExcelLibs;

namespace Sihui.ChainSim.Cli.Tests.Commands;

/// <summary>
/// <c>--xlsx</c> writes results.xlsx beside the other files, and read back with MiniExcel its numbers are the JSON
/// outputs' numbers, bit for bit: the workbook rounds only how a number is shown, never the number.
/// </summary>
public sealed class ResultsWorkbookTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    /// <summary>A sheet's rows, keyed by the header row.</summary>
    private static List<IDictionary<string, object?>> Sheet(string path, string sheet) =>
        [.. MiniExcel.Query(path, useHeaderRow: true, sheetName: sheet).Cast<IDictionary<string, object?>>()];

    private static double Number(IDictionary<string, object?> row, string header) =>
        Assert.IsType<double>(row[header], exactMatch: true);

    [Fact]
    public async Task A_runs_workbook_holds_summary_jsons_target_probabilities_and_yearly_percentiles()
    {
        var scenario = CliHarness.WriteScenario(_temp.Path);
        var outDir = _temp.File("out");

        var result = await CliHarness.RunAsync("run", scenario, "--engine", "direct", "--trials", "60", "--quiet", "--xlsx", "--out", outDir);

        Assert.Equal(0, result.ExitCode);
        var book = Path.Combine(outDir, "results.xlsx");
        Assert.Equal(["说明", "目标", "逐年", "产业", "园区"], MiniExcel.GetSheetNames(book));
        using var summary = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(outDir, "summary.json")));
        var root = summary.RootElement;

        var targets = Sheet(book, "目标");
        var expected = root.GetProperty("targets").EnumerateArray().ToList();
        Assert.Equal(expected.Count + 1, targets.Count); // and the row for all targets at once
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i].GetProperty("id").GetString(), targets[i]["编号"]);
            Assert.Equal(expected[i].GetProperty("probability").GetDouble(), Number(targets[i], "达成概率"));
            Assert.Equal(expected[i].GetProperty("probability_ci95")[0].GetDouble(), Number(targets[i], "95%区间下限"));
            Assert.Equal(expected[i].GetProperty("p50").GetDouble(), Number(targets[i], "P50"));
            Assert.Contains(targets[i]["判断"] as string, new[] { "很可能", "不确定", "不太可能" });
        }
        Assert.Equal(root.GetProperty("all_targets").GetProperty("probability").GetDouble(), Number(targets[^1], "达成概率"));

        var years = Sheet(book, "逐年");
        var checkedCells = 0;
        foreach (var year in root.GetProperty("years").EnumerateArray())
        {
            var y = year.GetProperty("year").GetInt32();
            foreach (var metric in year.GetProperty("metrics").EnumerateObject().Where(m => !m.Name.Contains("enterprise_output:", StringComparison.Ordinal)))
            {
                var row = Assert.Single(years, r => (string?)r["指标"] == metric.Name && (double)r["年份"]! == y);
                foreach (var (json, header) in new[] { ("mean", "均值"), ("p10", "P10"), ("p50", "P50"), ("p90", "P90") })
                {
                    var value = metric.Value.GetProperty(json);
                    if (value.ValueKind == JsonValueKind.Null)
                    {
                        Assert.Null(row[header] is "" ? null : row[header]);
                        continue;
                    }
                    Assert.Equal(value.GetDouble(), Number(row, header));
                    checkedCells++;
                }
            }
        }
        Assert.True(checkedCells > 100, $"only {checkedCells} cells compared");

        // Names beside ids: the industry sheet names each industry as the scenario does.
        var industries = Sheet(book, "产业");
        Assert.All(industries, r => Assert.False(string.IsNullOrEmpty(r["名称"] as string)));
        var firstIndustry = root.GetProperty("years")[0].GetProperty("metrics").EnumerateObject().First(m => m.Name.StartsWith("industry_output:", StringComparison.Ordinal));
        Assert.Equal(firstIndustry.Value.GetProperty("p50").GetDouble(), Number(industries[0], "产值P50"));
    }

    [Fact]
    public async Task A_nowcasts_workbook_holds_each_targets_chance_before_and_after_the_observations()
    {
        var scenario = CliHarness.WriteScenario(_temp.Path);
        var observed = _temp.File("obs.csv");
        // A strong 2025 first half: half the plain run's whole-year P50 is no surprise, so most trials keep weight.
        await File.WriteAllTextAsync(observed, "metric,year,through_month,value,growth_yoy\ntotal_output,2025,6,1,\n");
        var plain = await CliHarness.RunAsync("run", scenario, "--engine", "direct", "--trials", "100", "--json", "--out", _temp.File("plain"));
        using (var plainSummary = JsonDocument.Parse(plain.Out))
        {
            var p50 = plainSummary.RootElement.GetProperty("years").EnumerateArray().Single(y => y.GetProperty("year").GetInt32() == 2025)
                .GetProperty("metrics").GetProperty("total_output").GetProperty("p50").GetDouble();
            await File.WriteAllTextAsync(observed, "metric,year,through_month,value,growth_yoy\n"
                + string.Create(System.Globalization.CultureInfo.InvariantCulture, $"total_output,2025,6,{p50 * 0.55:F3},\n"));
        }
        var outDir = _temp.File("now");

        var result = await CliHarness.RunAsync("nowcast", scenario, "--observed", observed, "--engine", "direct", "--trials", "100", "--min-ess", "20",
            "--quiet", "--xlsx", "--out", outDir);

        Assert.True(result.ExitCode == 0, result.Error);
        var book = Path.Combine(outDir, "results.xlsx");
        Assert.Contains("条件化前后", MiniExcel.GetSheetNames(book));
        using var summary = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(outDir, "summary.json")));
        var before = summary.RootElement.GetProperty("conditioning").GetProperty("before").EnumerateArray().ToList();
        var after = summary.RootElement.GetProperty("targets").EnumerateArray().ToList();
        var rows = Sheet(book, "条件化前后");
        Assert.Equal(after.Count + 1, rows.Count);
        for (var i = 0; i < after.Count; i++)
        {
            Assert.Equal(after[i].GetProperty("id").GetString(), rows[i]["编号"]);
            Assert.Equal(before[i].GetProperty("probability").GetDouble(), Number(rows[i], "条件化前概率"));
            Assert.Equal(after[i].GetProperty("probability").GetDouble(), Number(rows[i], "条件化后概率"));
        }
        var about = Sheet(book, "说明").ToDictionary(r => (string)r["项目"]!, r => r["值"]);
        Assert.Equal(summary.RootElement.GetProperty("conditioning").GetProperty("ess").GetDouble(), Assert.IsType<double>(about["有效样本量"]));
    }

    [Fact]
    public async Task Without_xlsx_no_workbook_is_written()
    {
        var scenario = CliHarness.WriteScenario(_temp.Path);
        var outDir = _temp.File("out");

        var result = await CliHarness.RunAsync("run", scenario, "--engine", "direct", "--trials", "20", "--quiet", "--out", outDir);

        Assert.Equal(0, result.ExitCode);
        Assert.False(File.Exists(Path.Combine(outDir, "results.xlsx")));
    }

    [Fact]
    public async Task A_comparisons_workbook_holds_comparison_jsons_probabilities_and_metrics()
    {
        var scenario = CliHarness.WriteScenario(_temp.Path);
        var outDir = _temp.File("out");

        var result = await CliHarness.RunAsync("compare", scenario, "--variants", "pessimistic", "--engine", "direct", "--trials", "60", "--xlsx", "--out", outDir);

        Assert.Equal(0, result.ExitCode);
        var book = Path.Combine(outDir, "results.xlsx");
        Assert.Equal(["说明", "比较列", "目标比较", "指标比较"], MiniExcel.GetSheetNames(book));
        using var comparison = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(outDir, "comparison.json")));
        var labels = comparison.RootElement.GetProperty("columns").EnumerateArray().Select(c => c.GetProperty("label").GetString()).ToList();
        Assert.Equal(labels, Sheet(book, "比较列").Select(r => r["列"] as string));

        var targets = Sheet(book, "目标比较");
        var rows = 0;
        foreach (var target in comparison.RootElement.GetProperty("targets").EnumerateArray())
        {
            var cells = target.GetProperty("cells").EnumerateArray().ToList();
            for (var c = 0; c < cells.Count; c++)
            {
                var row = Assert.Single(targets, r => (string?)r["编号"] == target.GetProperty("target_id").GetString() && (string?)r["列"] == labels[c]);
                Assert.Equal(cells[c].GetProperty("met").GetProperty("probability").GetDouble(), Number(row, "达成概率"));
                Assert.Equal(cells[c].GetProperty("p50").GetDouble(), Number(row, "P50"));
                Assert.Equal(cells[c].GetProperty("probability_difference").GetDouble(), Number(row, "概率差"));
                rows++;
            }
        }
        Assert.Equal(targets.Count, rows);

        var metrics = Sheet(book, "指标比较");
        foreach (var metric in comparison.RootElement.GetProperty("metrics").EnumerateArray())
        {
            var cells = metric.GetProperty("cells").EnumerateArray().ToList();
            for (var c = 0; c < cells.Count; c++)
            {
                var row = Assert.Single(metrics, r => (string?)r["指标"] == metric.GetProperty("metric").GetString()
                    && (double)r["年份"]! == metric.GetProperty("year").GetInt32() && (string?)r["列"] == labels[c]);
                Assert.Equal(cells[c].GetProperty("mean").GetDouble(), Number(row, "均值"));
                Assert.Equal(cells[c].GetProperty("p50_difference").GetDouble(), Number(row, "P50差"));
            }
        }
    }

    [Fact]
    public async Task A_tornados_workbook_holds_sensitivity_jsons_bars()
    {
        var scenario = CliHarness.WriteScenario(_temp.Path);
        var outDir = _temp.File("out");

        var result = await CliHarness.RunAsync("sensitivity", scenario, "--target", "total_end", "--engine", "direct", "--trials", "50", "--xlsx", "--out", outDir);

        Assert.Equal(0, result.ExitCode);
        var book = Path.Combine(outDir, "results.xlsx");
        using var tornado = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(outDir, "sensitivity.json")));
        var root = tornado.RootElement;
        var about = Sheet(book, "说明").ToDictionary(r => (string)r["项目"]!, r => r["值"]);
        Assert.Equal(root.GetProperty("base_probability").GetDouble(), Assert.IsType<double>(about["达成概率"]));
        var bars = Sheet(book, "龙卷风图");
        var expected = root.GetProperty("bars").EnumerateArray().ToList();
        Assert.Equal(expected.Count, bars.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i].GetProperty("rank").GetInt32(), Number(bars[i], "排名"));
            Assert.Equal(expected[i].GetProperty("path").GetString(), bars[i]["参数"]);
            Assert.Equal(expected[i].GetProperty("probability_at_low").GetDouble(), Number(bars[i], "低值概率"));
            Assert.Equal(expected[i].GetProperty("probability_at_high").GetDouble(), Number(bars[i], "高值概率"));
            Assert.Equal(expected[i].GetProperty("p50_at_high").GetDouble(), Number(bars[i], "高值P50"));
        }
    }

    [Fact]
    public async Task Goal_seek_and_score_write_their_workbooks_too()
    {
        var scenario = CliHarness.WriteScenario(_temp.Path);
        var seek = await CliHarness.RunAsync("goal-seek", scenario, "--target", "total_end", "--probability", "0.5",
            "--param", "economy.shock.mean", "--tolerance", "0.01", "--engine", "direct", "--trials", "40", "--xlsx", "--out", _temp.File("seek"));
        Assert.Equal(0, seek.ExitCode);
        using var answer = JsonDocument.Parse(await File.ReadAllTextAsync(_temp.File("seek/goal-seek.json")));
        var about = Sheet(_temp.File("seek/results.xlsx"), "说明").ToDictionary(r => (string)r["项目"]!, r => r["值"]);
        Assert.Equal(answer.RootElement.GetProperty("probability").GetDouble(), Assert.IsType<double>(about["达成概率"]));
        Assert.Contains("results.xlsx", seek.Out, StringComparison.Ordinal);

        var run = await CliHarness.RunAsync("run", scenario, "--engine", "direct", "--trials", "40", "--quiet", "--out", _temp.File("run"));
        Assert.Equal(0, run.ExitCode);
        File.WriteAllText(_temp.File("actuals.csv"), "metric,id,year,value\ntotal_output,,2025,900\n");
        var score = await CliHarness.RunAsync("score", _temp.File("run"), "--actuals", _temp.File("actuals.csv"), "--xlsx", "--out", _temp.File("score"));
        Assert.Equal(0, score.ExitCode);
        using var scored = JsonDocument.Parse(await File.ReadAllTextAsync(_temp.File("score/score.json")));
        var row = Assert.Single(Sheet(_temp.File("score/results.xlsx"), "评分"));
        Assert.Equal(scored.RootElement.GetProperty("rows")[0].GetProperty("pit").GetDouble(), Number(row, "PIT"));
        Assert.Equal(scored.RootElement.GetProperty("rows")[0].GetProperty("crps").GetDouble(), Number(row, "CRPS"));
    }
}
