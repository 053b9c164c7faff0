using Sihui.ChainSim.Analysis.Scoring;
using Sihui.ChainSim.Scenarios.Loading;

namespace Sihui.ChainSim.Analysis.Tests.Scoring;

/// <summary>quantiles.csv reads back what was written, bit for bit, and a damaged line is refused at its line and column.</summary>
public sealed class QuantilesCsvTests
{
    [Fact]
    public void Written_percentiles_read_back_exactly()
    {
        var forecast = ForecastQuantiles.OfTrials(Enumerable.Range(0, 1000).Select(i => Math.Sqrt(i) / 3).ToArray())!;
        var text = System.Text.Encoding.UTF8.GetString(QuantilesCsv.Write([("total_output", 2025, forecast)]));

        var read = QuantilesCsv.Parse(text, "quantiles.csv");

        Assert.StartsWith("metric,year,p01,p02,", text, StringComparison.Ordinal);
        Assert.Equal(forecast.Values, read[("total_output", 2025)].Values);
        // The type-7 rule of summary.json: P50 of 0..999 mapped is between the 500th and 501st values.
        Assert.Equal((Math.Sqrt(499) + Math.Sqrt(500)) / 2 / 3, forecast.At(50), 12);
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
