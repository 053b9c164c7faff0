using System.Globalization;
using System.Text.Json;

namespace Sihui.ChainSim.Cli.Tests.Commands;

/// <summary>
/// CSV that opens in Excel: every CSV starts with a UTF-8 byte-order mark (<c>--csv-bom false</c> drops it), years.csv
/// names what each metric is about, numbers have at most four decimals, and <c>--raw</c> gives summary.json's bits.
/// </summary>
public sealed class CsvForExcelTests : IDisposable
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private static bool StartsWithBom(string path) => File.ReadAllBytes(path).AsSpan().StartsWith(Bom);

    [Fact]
    public async Task Years_csv_has_the_mark_the_names_and_four_places()
    {
        var scenario = CliHarness.WriteScenario(_temp.Path);
        var outDir = _temp.File("out");

        var result = await CliHarness.RunAsync("run", scenario, "--engine", "direct", "--trials", "40", "--quiet", "--out", outDir);

        Assert.Equal(0, result.ExitCode);
        Assert.True(StartsWithBom(Path.Combine(outDir, "years.csv")));
        Assert.True(StartsWithBom(Path.Combine(outDir, "quantiles.csv")));
        var lines = await File.ReadAllLinesAsync(Path.Combine(outDir, "years.csv"));
        Assert.Equal("year,metric,name,mean,p10,p50,p90", lines[0]);
        var definition = SmallScenarios.Load(await File.ReadAllTextAsync(scenario));
        var industry = definition.Industries[0];
        var park = definition.Parks[0];
        Assert.Contains(lines, l => l.StartsWith($"2025,industry_output:{industry.Id},{industry.Name},", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith($"2025,park_output:{park.Id},{park.Name},", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("2025,total_output,,", StringComparison.Ordinal));
        var numbers = lines.Skip(1).SelectMany(l => l.Split(',').Skip(3)).Where(f => f.Length > 0).ToList();
        Assert.All(numbers, f => Assert.True(!f.Contains('.') || f.Length - f.IndexOf('.') - 1 <= 4, f));
        Assert.Contains(numbers, f => f.Contains('.'));
    }

    [Fact]
    public async Task Raw_years_csv_holds_summary_jsons_numbers_exactly_and_the_mark_can_be_turned_off()
    {
        var scenario = CliHarness.WriteScenario(_temp.Path);
        var outDir = _temp.File("out");

        var result = await CliHarness.RunAsync("run", scenario, "--engine", "direct", "--trials", "40", "--quiet", "--raw", "--csv-bom", "false", "--out", outDir);

        Assert.Equal(0, result.ExitCode);
        Assert.False(StartsWithBom(Path.Combine(outDir, "years.csv")));
        Assert.False(StartsWithBom(Path.Combine(outDir, "quantiles.csv")));
        using var summary = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(outDir, "summary.json")));
        var means = summary.RootElement.GetProperty("years").EnumerateArray()
            .SelectMany(y => y.GetProperty("metrics").EnumerateObject()
                .Select(m => (Key: $"{y.GetProperty("year").GetInt32()},{m.Name}", Mean: m.Value.GetProperty("mean"))))
            .ToDictionary(p => p.Key, p => p.Mean);
        var lines = (await File.ReadAllLinesAsync(Path.Combine(outDir, "years.csv"))).Skip(1).ToList();
        Assert.Equal(means.Count, lines.Count);
        foreach (var line in lines)
        {
            var fields = CsvSplit(line);
            var expected = means[$"{fields[0]},{fields[1]}"];
            if (expected.ValueKind == JsonValueKind.Null)
            {
                Assert.Equal("", fields[3]);
                continue;
            }
            Assert.Equal(expected.GetDouble(), double.Parse(fields[3], CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public async Task Compare_writes_comparison_csv_with_the_mark_and_refuses_a_bad_csv_bom_value()
    {
        var scenario = CliHarness.WriteScenario(_temp.Path);
        var outDir = _temp.File("out");

        var result = await CliHarness.RunAsync("compare", scenario, "--variants", "pessimistic", "--engine", "direct", "--trials", "30", "--out", outDir);
        var bad = await CliHarness.RunAsync("compare", scenario, "--variants", "pessimistic", "--engine", "direct", "--trials", "30", "--csv-bom", "maybe", "--out", _temp.File("bad"));

        Assert.Equal(0, result.ExitCode);
        Assert.True(StartsWithBom(Path.Combine(outDir, "comparison.csv")));
        Assert.Equal(2, bad.ExitCode);
        Assert.False(bad.HasStackTrace);
        Assert.False(Directory.Exists(_temp.File("bad")));
    }

    /// <summary>Splits a line of years.csv, where only a name may be quoted.</summary>
    private static List<string> CsvSplit(string line)
    {
        var fields = new List<string>();
        var i = 0;
        while (i <= line.Length)
        {
            if (i < line.Length && line[i] == '"')
            {
                var end = line.IndexOf("\",", i + 1, StringComparison.Ordinal);
                end = end < 0 ? line.Length - 1 : end;
                fields.Add(line[(i + 1)..end].Replace("\"\"", "\"", StringComparison.Ordinal));
                i = end + 2;
                continue;
            }
            var comma = line.IndexOf(',', i);
            comma = comma < 0 ? line.Length : comma;
            fields.Add(line[i..comma]);
            i = comma + 1;
        }
        return fields;
    }
}
