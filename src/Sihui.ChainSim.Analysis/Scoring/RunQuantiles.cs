using Sihui.ChainSim.Model.Results;

namespace Sihui.ChainSim.Analysis.Scoring;

/// <summary>
/// A run's <c>quantiles.csv</c> rows: every metric that has its percentiles, each year in turn, in the result's metric
/// order. Enterprises appear only when a target watches them (the others' trials stay in their park).
/// </summary>
public static class RunQuantiles
{
    public static IEnumerable<(string Metric, int Year, ForecastQuantiles Forecast)> Rows(SimulationResult result)
    {
        if (result.Years.Count == 0)
        {
            yield break;
        }
        // Every year lists the same metrics in the same order.
        for (var i = 0; i < result.Years[0].Metrics.Count; i++)
        {
            foreach (var year in result.Years)
            {
                if (year.Metrics[i] is { Percentiles: { } percentiles } metric)
                {
                    yield return (metric.Metric, year.Year, new ForecastQuantiles(percentiles));
                }
            }
        }
    }

    public static byte[] Csv(SimulationResult result, Sihui.ChainSim.Reports.CsvFormat? format = null) => QuantilesCsv.Write(Rows(result), format);
}
