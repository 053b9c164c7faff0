using System.Globalization;
using System.Text;
using System.Text.Json;
using Sihui.ChainSim.Reports.Json;
using Sihui.ChainSim.Reports.Tests.Support;

namespace Sihui.ChainSim.Reports.Tests.Json;

/// <summary>summary.json: its keys and their order, the same bytes for the same run, whatever the culture.</summary>
public sealed class SummaryJsonTests
{
    [Fact]
    public async Task The_same_run_gives_the_same_bytes_and_another_seed_other_bytes()
    {
        var first = SummaryJsonWriter.Write(await SampleReports.RunAsync());
        var again = SummaryJsonWriter.Write(await SampleReports.RunAsync());
        var other = SummaryJsonWriter.Write(await SampleReports.RunAsync(seed: 8));

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public async Task Keys_are_snake_case_in_the_order_readers_know()
    {
        using var json = JsonDocument.Parse(SummaryJsonWriter.Write(await SampleReports.RunAsync()));
        var root = json.RootElement;

        Assert.Equal(
            ["scenario", "scenario_file", "variant", "seed", "trials", "base_year", "end_year", "engine", "scenario_sha256", "version",
             "warnings", "overrides", "targets", "all_targets", "time_to_target", "years", "base_year_values"],
            JsonKeys.Of(root));
        Assert.Equal(["file", "line", "column", "path", "message"], JsonKeys.Of(root.GetProperty("warnings")[0]));
        Assert.Equal(["path", "value", "source"], JsonKeys.Of(root.GetProperty("overrides")[0]));
        Assert.Equal(
            ["id", "name", "metric", "year", "comparison", "threshold", "probability", "probability_ci95", "mean", "p10", "p50", "p90"],
            JsonKeys.Of(root.GetProperty("targets")[0]));
        Assert.Equal(
            ["probability", "probability_ci95", "targets_covered", "targets_total", "dropped_targets"],
            JsonKeys.Of(root.GetProperty("all_targets")));
        var cap = root.GetProperty("time_to_target").EnumerateArray().Single(t => t.GetProperty("target_id").GetString() == "cap");
        Assert.Equal(
            ["target_id", "event", "first_year_p10", "first_year_p50", "first_year_p90", "earliest_year", "never_share",
             "holds_every_year", "from_year", "first_year_counts"],
            JsonKeys.Of(cap));
        Assert.Equal(["probability", "probability_ci95"], JsonKeys.Of(cap.GetProperty("holds_every_year")));
        var year = root.GetProperty("years")[0];
        Assert.Equal(["year", "metrics"], JsonKeys.Of(year));
        Assert.Equal(["mean", "p10", "p50", "p90"], JsonKeys.Of(year.GetProperty("metrics").GetProperty("total_output")));
        Assert.All(JsonKeys.All(root), key => Assert.Matches("^[a-z][a-z0-9]*(_[a-z0-9]+)*$", key));
    }

    [Fact]
    public async Task Values_say_what_the_run_was()
    {
        var report = await SampleReports.RunAsync();
        using var json = JsonDocument.Parse(SummaryJsonWriter.Write(report));
        var root = json.RootElement;

        Assert.Equal(JsonValueKind.Null, root.GetProperty("variant").ValueKind);
        Assert.Equal(7UL, root.GetProperty("seed").GetUInt64());
        Assert.Equal("direct", root.GetProperty("engine").GetString());
        Assert.Equal("enterprises.kiln.output", root.GetProperty("overrides")[1].GetProperty("path").GetString());
        Assert.Equal("page", root.GetProperty("overrides")[1].GetProperty("source").GetString());
        var cap = root.GetProperty("targets")[1];
        Assert.Equal("at_most", cap.GetProperty("comparison").GetString());
        Assert.Equal(160.5, cap.GetProperty("threshold").GetDouble());
        Assert.Equal(report.Targets[1].Probability, cap.GetProperty("probability").GetDouble());
        var timings = root.GetProperty("time_to_target").EnumerateArray().ToDictionary(t => t.GetProperty("target_id").GetString()!);
        Assert.Equal("first_met", timings["reach"].GetProperty("event").GetString());
        Assert.Equal(JsonValueKind.Null, timings["reach"].GetProperty("holds_every_year").ValueKind);
        Assert.Equal("first_breach", timings["cap"].GetProperty("event").GetString());
    }

    [Fact]
    public async Task Metrics_keep_the_order_of_the_result()
    {
        var report = await SampleReports.RunAsync();
        using var json = JsonDocument.Parse(SummaryJsonWriter.Write(report));

        var years = json.RootElement.GetProperty("years").EnumerateArray().ToList();
        Assert.Equal(report.Outcome.Result.Years.Count, years.Count);
        for (var i = 0; i < years.Count; i++)
        {
            Assert.Equal(report.Outcome.Result.Years[i].Metrics.Select(m => m.Metric), JsonKeys.Of(years[i].GetProperty("metrics")));
        }
    }

    [Fact]
    public async Task Numbers_are_in_their_round_trip_form_whatever_the_culture()
    {
        var report = await SampleReports.RunAsync();
        var invariant = SummaryJsonWriter.Write(report);
        var previous = CultureInfo.CurrentCulture;
        var comma = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        comma.NumberFormat.NumberDecimalSeparator = ",";
        comma.NumberFormat.NumberGroupSeparator = ".";
        comma.NumberFormat.NegativeSign = "\u2212";
        byte[] underComma;
        try
        {
            CultureInfo.CurrentCulture = comma;
            Assert.Equal("0,5", 0.5.ToString(CultureInfo.CurrentCulture));
            underComma = SummaryJsonWriter.Write(report);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }

        Assert.Equal(invariant, underComma);
        var numbers = JsonKeys.Numbers(invariant);
        Assert.True(numbers.Count > 100, $"only {numbers.Count} numbers");
        Assert.Contains(numbers, n => n.Text.Contains('.', StringComparison.Ordinal));
        Assert.All(numbers, n => Assert.Equal(n.Value.ToString("R", CultureInfo.InvariantCulture), n.Text));
    }

    [Fact]
    public async Task Text_is_UTF8_as_written_with_LF_line_ends_and_a_final_newline()
    {
        var bytes = SummaryJsonWriter.Write(await SampleReports.RunAsync());
        var text = Encoding.UTF8.GetString(bytes);

        Assert.Contains("\"scenario\": \"样例 sample\",\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u", text, StringComparison.Ordinal);
        Assert.DoesNotContain('\r', text);
        Assert.StartsWith("{\n  \"scenario\"", text, StringComparison.Ordinal);
        Assert.EndsWith("\n}\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_summary_reads_back_into_its_record_and_writes_the_same_bytes()
    {
        var bytes = SummaryJsonWriter.Write(await SampleReports.RunAsync());

        var document = ReportJson.Read<SummaryDocument>(bytes);

        Assert.Equal(SampleReports.Overrides, document.Overrides.Select(o => o.ToOverride()));
        Assert.Equal("cap", document.Targets[1].Id);
        Assert.Equal(bytes, ReportJson.Write(document));
    }

    [Fact]
    public async Task A_number_that_is_not_finite_is_written_as_null_and_read_back_as_NaN()
    {
        var document = SummaryDocument.Of(await SampleReports.RunAsync());
        var broken = document with { Targets = [document.Targets[0] with { Mean = double.NaN, P90 = double.PositiveInfinity }] };

        var bytes = ReportJson.Write(broken);

        var target = JsonDocument.Parse(bytes).RootElement.GetProperty("targets")[0];
        Assert.Equal(JsonValueKind.Null, target.GetProperty("mean").ValueKind);
        Assert.Equal(JsonValueKind.Null, target.GetProperty("p90").ValueKind);
        var back = ReportJson.Read<SummaryDocument>(bytes).Targets[0];
        Assert.True(double.IsNaN(back.Mean));
        Assert.Equal(document.Targets[0].P50, back.P50);
    }
}
