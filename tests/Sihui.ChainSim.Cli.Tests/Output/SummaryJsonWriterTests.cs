using System.Globalization;
using System.Text.Json;

namespace Sihui.ChainSim.Cli.Tests.Output;

public sealed class SummaryJsonWriterTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Every_number_is_written_in_its_round_trip_form()
    {
        var scenario = CliHarness.WriteScenario(_temp.Path);
        var result = await CliHarness.RunAsync("run", scenario, "--engine", "direct", "--json", "--trials", "70", "--out", _temp.File("out"));
        Assert.Equal(0, result.ExitCode);

        var numbers = 0;
        var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(result.Out));
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.Number)
            {
                var text = System.Text.Encoding.UTF8.GetString(reader.ValueSpan);
                Assert.Equal(reader.GetDouble().ToString("R", CultureInfo.InvariantCulture), text);
                numbers++;
            }
        }
        Assert.True(numbers > 100);
    }

    [Fact]
    public async Task Time_to_target_is_in_summary_json_for_targets_to_reach_and_for_caps()
    {
        // Constant 10% growth from 100: 110, 121, 133.1, 146.41 in 2024..2027, the same in every trial.
        var scenario = _temp.File("constant.yaml");
        await File.WriteAllTextAsync(scenario, """
            scenario: constant
            base_year: 2023
            end_year: 2027
            trials: 40
            industries:
              - {id: only}
            enterprises:
              - {id: firm, industry: only, output: 100, growth: 0.1}
            targets:
              - {id: reach_130, metric: total_output, year: 2027, at_least: 130}
              - {id: cap_125_by_2025, metric: total_output, year: 2025, at_most: 125}
              - {id: cap_125_by_2027, metric: total_output, year: 2027, at_most: 125}
            """);

        var result = await CliHarness.RunAsync("run", scenario, "--engine", "direct", "--json", "--lang", "en", "--out", _temp.File("out"));

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var timings = json.RootElement.GetProperty("time_to_target").EnumerateArray().ToDictionary(t => t.GetProperty("target_id").GetString()!);
        var reach = timings["reach_130"];
        Assert.Equal("first_met", reach.GetProperty("event").GetString());
        Assert.Equal(2026, reach.GetProperty("first_year_p50").GetInt32());
        Assert.Equal(2026, reach.GetProperty("earliest_year").GetInt32());
        Assert.Equal(0, reach.GetProperty("never_share").GetDouble());
        Assert.Equal(JsonValueKind.Null, reach.GetProperty("holds_every_year").ValueKind);
        Assert.Equal([0, 0, 40, 0], reach.GetProperty("first_year_counts").EnumerateArray().Select(e => e.GetInt32()));

        var early = timings["cap_125_by_2025"];
        Assert.Equal("first_breach", early.GetProperty("event").GetString());
        Assert.Equal(2026, early.GetProperty("earliest_year").GetInt32());
        Assert.Equal(1, early.GetProperty("holds_every_year").GetProperty("probability").GetDouble());
        var late = timings["cap_125_by_2027"];
        Assert.Equal(2026, late.GetProperty("earliest_year").GetInt32());
        Assert.Equal(0, late.GetProperty("holds_every_year").GetProperty("probability").GetDouble());

        var report = await File.ReadAllTextAsync(_temp.File("out/report.md"));
        Assert.Contains("| cap_125_by_2025 | first breach 2026 | holds every year to 2025: 100.0% |", report, StringComparison.Ordinal);
        Assert.Contains("| reach_130 | first met 2026 / 2026 / 2026 (P10 / P50 / P90) | never by 2027: 0.0% |", report, StringComparison.Ordinal);
    }
}
