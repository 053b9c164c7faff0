using System.Globalization;
using System.Text;
using Sihui.ChainSim.Reports;
using Sihui.ChainSim.Scenarios.Loading;
using Sihui.ChainSim.Scenarios.Loading.Reading;
using Sihui.ChainSim.Scenarios.Loading.Tree;
using Sihui.ChainSim.Scenarios.Tabular;

namespace Sihui.ChainSim.Analysis.Scoring;

/// <summary>
/// <c>quantiles.csv</c>: one line per metric and year, <c>metric,year,p01,…,p99</c>, the percentiles by the rule of
/// summary.json. Written as <see cref="CsvFormat"/> says (a byte-order mark, numbers to 4 places unless raw); read back
/// for <c>chainsim score</c>, with or without the mark, refused at file, line and column.
/// </summary>
public static class QuantilesCsv
{
    public const string FileName = "quantiles.csv";

    public static IReadOnlyList<string> Header { get; } =
        ["metric", "year", .. Enumerable.Range(1, ForecastQuantiles.Count).Select(i => $"p{i:00}")];

    public static byte[] Write(IEnumerable<(string Metric, int Year, ForecastQuantiles Forecast)> rows, CsvFormat? format = null)
    {
        format ??= CsvFormat.Default;
        var text = new StringBuilder(string.Join(",", Header)).Append('\n');
        foreach (var (metric, year, forecast) in rows)
        {
            text.Append(metric).Append(',').Append(year.ToString(CultureInfo.InvariantCulture));
            foreach (var v in forecast.Values)
            {
                text.Append(',').Append(format.Number(v));
            }
            text.Append('\n');
        }
        return format.Bytes(text.ToString());
    }

    /// <summary>(metric, year) → forecast; throws <see cref="ScenarioValidationException"/> naming the file, line and column.</summary>
    public static IReadOnlyDictionary<(string Metric, int Year), ForecastQuantiles> Read(string path)
    {
        var errors = new ErrorList();
        var text = SafeText.ReadFile(path, errors, "CSV");
        errors.ThrowIfAny();
        return Parse(text!, path);
    }

    public static IReadOnlyDictionary<(string Metric, int Year), ForecastQuantiles> Parse(string text, string file)
    {
        var errors = new ErrorList();
        var forecasts = new Dictionary<(string, int), ForecastQuantiles>();
        // The byte-order mark Excel needs; SafeText drops it from a file, but text given here may still hold it.
        var lines = text.TrimStart('\uFEFF').Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        if (lines[0] != string.Join(",", Header))
        {
            errors.Add(new SourceMark(file, 1, 1), "", $"the header must be metric,year,p01,…,p99 ({Header.Count} columns), as run writes it");
            errors.ThrowIfAny();
        }
        for (var n = 1; n < lines.Count; n++)
        {
            if (lines[n].Trim().Length == 0)
            {
                continue;
            }
            var at = new SourceMark(file, n + 1, 1);
            var cells = CsvLine.Split(lines[n], out var problem);
            if (cells is null || cells.Count != Header.Count)
            {
                errors.Add(at with { Column = cells is null ? problem.Column : 1 }, "", cells is null ? problem.Message : $"the line has {cells.Count} fields but the header has {Header.Count}");
                continue;
            }
            if (!int.TryParse(cells[1].Text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var year))
            {
                errors.Add(at with { Column = cells[1].Column }, "year", $"'{cells[1].Text}' is not a whole year");
                continue;
            }
            var values = new double[ForecastQuantiles.Count];
            var bad = cells.Skip(2).Select((c, i) => (c, i)).FirstOrDefault(p => !double.TryParse(p.c.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out values[p.i]));
            if (bad.c.Text is not null)
            {
                errors.Add(at with { Column = bad.c.Column }, Header[bad.i + 2], $"'{bad.c.Text}' is not a number");
                continue;
            }
            try
            {
                forecasts[(cells[0].Text, year)] = new ForecastQuantiles(values);
            }
            catch (ArgumentException ex)
            {
                errors.Add(at, "", ex.Message);
            }
        }
        errors.ThrowIfAny();
        return forecasts;
    }
}
