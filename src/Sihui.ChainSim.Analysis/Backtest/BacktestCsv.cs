using System.Globalization;
using Sihui.ChainSim.Reports;

namespace Sihui.ChainSim.Analysis.Backtest;

/// <summary><c>backtest-scores.csv</c>: one line per scored actual, the --json rows' fields in the same order.</summary>
public static class BacktestCsv
{
    public const string FileName = "backtest-scores.csv";

    public static IReadOnlyList<string> Header { get; } =
        ["origin", "horizon", "metric", "id", "year", "actual", "pit", "inside_p10_p90", "p50_error", "crps"];

    public static byte[] Write(IEnumerable<BacktestRow> rows)
    {
        var csv = new CsvText();
        csv.Row([.. Header]);
        foreach (var r in rows)
        {
            csv.Row(Int(r.Origin), Int(r.Horizon), r.Metric, r.Id, Int(r.Year), Number(r.Actual), Number(r.Pit),
                r.InsideP10P90 ? "true" : "false", r.P50Error is { } e ? Number(e) : "", Number(r.Crps));
        }
        return OutputFiles.Utf8.GetBytes(csv.ToString());
    }

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
