namespace Sihui.ChainSim.Reports;

/// <summary>
/// Writes years.csv: one row per year and metric with mean, p10, p50 and p90, in round-trip form; a value that is not a
/// number (a growth rate no trial defines) is an empty field, as it is null in summary.json.
/// </summary>
public static class YearsCsvWriter
{
    public static byte[] Write(RunReport report)
    {
        using var buffer = new MemoryStream();
        Write(report, buffer);
        return buffer.ToArray();
    }

    /// <summary>Writes the same bytes straight into <paramref name="destination"/>, a row at a time.</summary>
    public static void Write(RunReport report, Stream destination)
    {
        using var text = new StreamWriter(destination, OutputFiles.Utf8, bufferSize: 1 << 16, leaveOpen: true);
        text.Write("year,metric,mean,p10,p50,p90\n");
        Span<char> number = stackalloc char[32];
        foreach (var year in report.Outcome.Result.Years)
        {
            var yearText = year.Year.ToString(ReportText.Invariant);
            foreach (var metric in year.Metrics)
            {
                var s = metric.Summary;
                text.Write(yearText);
                text.Write(',');
                text.Write(CsvText.Field(metric.Metric));
                WriteField(text, s.Mean, number);
                WriteField(text, s.P10, number);
                WriteField(text, s.P50, number);
                WriteField(text, s.P90, number);
                text.Write('\n');
            }
        }
    }

    /// <summary>A comma, then the value in round-trip form, or nothing after the comma for a value that is not a number.</summary>
    private static void WriteField(StreamWriter text, double value, Span<char> number)
    {
        text.Write(',');
        if (!double.IsFinite(value))
        {
            return;
        }
        // "R" as ReportText.Exact writes it, formatted without a string per value.
        if (!value.TryFormat(number, out var written, "R", ReportText.Invariant))
        {
            throw new InvalidOperationException($"a round-trip double longer than {number.Length} characters: {value}");
        }
        text.Write(number[..written]);
    }
}
