using System.Globalization;
using Sihui.ChainSim.Reports;

namespace Sihui.ChainSim.Analysis.Backtest;

/// <summary><c>backtest-scores.csv</c>: one line per scored actual, the --json rows' fields in the same order, numbers as <see cref="CsvFormat"/> writes them.</summary>
public static class BacktestCsv
{
    public const string FileName = "backtest-scores.csv";

    public static IReadOnlyList<string> Header { get; } =
        ["origin", "horizon", "metric", "id", "year", "actual", "pit", "inside_p10_p90", "p50_error", "crps"];

    public static byte[] Write(IEnumerable<BacktestRow> rows, CsvFormat? format = null)
    {
        format ??= CsvFormat.Default;
        var csv = new CsvText();
        csv.Row([.. Header]);
        foreach (var r in rows)
        {
            csv.Row(Int(r.Origin), Int(r.Horizon), r.Metric, r.Id, Int(r.Year), format.Number(r.Actual), format.Number(r.Pit),
                r.InsideP10P90 ? "true" : "false", format.Number(r.P50Error), format.Number(r.Crps));
        }
        return format.Bytes(csv.ToString());
    }

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
}
