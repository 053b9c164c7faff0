using Sihui.ChainSim.Analysis.Scoring;
using Sihui.ChainSim.Scenarios.Loading;

namespace Sihui.ChainSim.Analysis.Tests.Scoring;

/// <summary>quantiles.csv reads back what was written, bit for bit, and a damaged line is refused at its line and column.</summary>
public sealed class QuantilesCsvTests
{
    [Fact]
    public void Written_raw_percentiles_read_back_exactly()
    {
        var forecast = ForecastQuantiles.OfTrials(Enumerable.Range(0, 1000).Select(i => Math.Sqrt(i) / 3).ToArray())!;
        var raw = new Sihui.ChainSim.Reports.CsvFormat { Raw = true, Bom = false };
        var text = System.Text.Encoding.UTF8.GetString(QuantilesCsv.Write([("total_output", 2025, forecast)], raw));

        var read = QuantilesCsv.Parse(text, "quantiles.csv");

        Assert.StartsWith("metric,year,p01,p02,", text, StringComparison.Ordinal);
        Assert.Equal(forecast.Values, read[("total_output", 2025)].Values);
        // The type-7 rule of summary.json: P50 of 0..999 mapped is between the 500th and 501st values.
        Assert.Equal((Math.Sqrt(499) + Math.Sqrt(500)) / 2 / 3, forecast.At(50), 12);
    }

    [Fact]
    public void By_default_the_file_has_a_byte_order_mark_and_four_places_and_reads_back_with_it()
    {
        var forecast = ForecastQuantiles.OfTrials(Enumerable.Range(0, 1000).Select(i => Math.Sqrt(i) / 3).ToArray())!;
        var bytes = QuantilesCsv.Write([("total_output", 2025, forecast)]);

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        // Decoded as-is, the text keeps the mark; Parse accepts it, as Read does through the file reader.
        var text = System.Text.Encoding.UTF8.GetString(bytes);
        Assert.Equal('\uFEFF', text[0]);
        var read = QuantilesCsv.Parse(text, "quantiles.csv")[("total_output", 2025)];
        Assert.All(text.Split('\n')[1].Split(',').Skip(2), f => Assert.True(f.Length - f.IndexOf('.') - 1 <= 4 || !f.Contains('.'), f));
        for (var i = 1; i <= 99; i++)
        {
            Assert.Equal(forecast.At(i), read.At(i), 0.00005);
        }
    }

    [Fact]
    public void Undefined_trials_are_left_out_and_none_defined_gives_no_forecast()
    {
        var withNaN = ForecastQuantiles.OfTrials([double.NaN, 1, 2, 3, double.NaN])!;

        Assert.Equal(ForecastQuantiles.OfTrials([1, 2, 3])!.Values, withNaN.Values);
        Assert.Null(ForecastQuantiles.OfTrials([double.NaN]));
    }

    [Fact]
    public void A_bad_number_and_a_decreasing_line_are_refused_at_their_lines()
    {
        var header = string.Join(",", QuantilesCsv.Header);
        var good = string.Join(",", Enumerable.Range(1, 99));
        var bad = "total_output,2025," + good.Replace("50,", "x,", StringComparison.Ordinal);
        var down = "total_output,2026," + good.Replace(",50,", ",0,", StringComparison.Ordinal);

        var errors = Assert.Throws<ScenarioValidationException>(() => QuantilesCsv.Parse($"{header}\n{bad}\n{down}\n", "q.csv")).Errors;

        Assert.Equal(2, errors.Count);
        Assert.Equal((2, "p50", "'x' is not a number"), (errors[0].Line, errors[0].Path, errors[0].Message));
        Assert.Equal(3, errors[1].Line);
        Assert.Contains("below percentile 49", errors[1].Message, StringComparison.Ordinal);
    }
}
