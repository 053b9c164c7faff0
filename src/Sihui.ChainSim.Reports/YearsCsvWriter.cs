namespace Sihui.ChainSim.Reports;

/// <summary>
/// Writes years.csv: one row per year and metric with the name of what the metric is about (its industry, park,
/// enterprise or indicator; empty for a city-wide metric), then mean, p10, p50 and p90 as <see cref="CsvFormat"/> writes
/// numbers. A value that is not a number (a growth rate no trial defines) is an empty field, as it is null in summary.json.
/// </summary>
public static class YearsCsvWriter
{
    public const string Header = "year,metric,name,mean,p10,p50,p90";

    public static byte[] Write(RunReport report, CsvFormat? format = null)
    {
        using var buffer = new MemoryStream();
        Write(report, buffer, format);
        return buffer.ToArray();
    }

    /// <summary>Writes the same bytes straight into <paramref name="destination"/>, a row at a time.</summary>
    public static void Write(RunReport report, Stream destination, CsvFormat? format = null)
    {
        format ??= CsvFormat.Default;
        var subjects = new MetricSubjects(report.Definition);
        // The StreamWriter writes the encoding's preamble (the byte-order mark) first.
        using var text = new StreamWriter(destination, format.Encoding, bufferSize: 1 << 16, leaveOpen: true);
        text.Write(Header);
        text.Write('\n');
        Span<char> number = stackalloc char[512];
        foreach (var year in report.Outcome.Result.Years)
        {
            var yearText = year.Year.ToString(ReportText.Invariant);
            foreach (var metric in year.Metrics)
            {
                var s = metric.Summary;
                text.Write(yearText);
                text.Write(',');
                text.Write(CsvText.Field(metric.Metric));
                text.Write(',');
                text.Write(CsvText.Field(subjects.NameOf(metric.Metric)));
                WriteField(text, format, s.Mean, number);
                WriteField(text, format, s.P10, number);
                WriteField(text, format, s.P50, number);
                WriteField(text, format, s.P90, number);
                text.Write('\n');
            }
        }
    }

    /// <summary>A comma, then the value, or nothing after the comma for a value that is not a number.</summary>
    private static void WriteField(StreamWriter text, CsvFormat format, double value, Span<char> number)
    {
        text.Write(',');
        if (!format.TryFormat(value, number, out var written))
        {
            throw new InvalidOperationException($"a number longer than {number.Length} characters: {value}");
        }
        text.Write(number[..written]);
    }
}
