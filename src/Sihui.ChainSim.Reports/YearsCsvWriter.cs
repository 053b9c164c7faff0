using System.Text;

namespace Sihui.ChainSim.Reports;

/// <summary>
/// Writes years.csv: one row per year and metric with mean, p10, p50 and p90, in round-trip form; a value that is not a
/// number (a growth rate no trial defines) is an empty field, as it is null in summary.json.
/// </summary>
public static class YearsCsvWriter
{
    public static byte[] Write(RunReport report)
    {
        var text = new StringBuilder();
        text.Append("year,metric,mean,p10,p50,p90\n");
        foreach (var year in report.Outcome.Result.Years)
        {
            var yearText = year.Year.ToString(ReportText.Invariant);
            foreach (var metric in year.Metrics)
            {
                var s = metric.Summary;
                text.Append(yearText).Append(',').Append(CsvText.Field(metric.Metric)).Append(',')
                    .Append(Field(s.Mean)).Append(',').Append(Field(s.P10)).Append(',')
                    .Append(Field(s.P50)).Append(',').Append(Field(s.P90)).Append('\n');
            }
        }
        return OutputFiles.Utf8.GetBytes(text.ToString());
    }

    private static string Field(double value) => double.IsFinite(value) ? ReportText.Exact(value) : "";

}
