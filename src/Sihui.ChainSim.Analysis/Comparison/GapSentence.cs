using System.Globalization;
using System.Text;
using Sihui.ChainSim.Reports;

namespace Sihui.ChainSim.Analysis.Comparison;

/// <summary>The one-line summary of a gap for a report: "the high-investment plan adds 38 亿元 to total output in 2024: 22 from …".</summary>
public static class GapSentence
{
    public static string Of(string to, string from, int year, OutputSplit split)
    {
        var verb = split.Total >= 0 ? "adds" : "takes";
        var preposition = split.Total >= 0 ? "to" : "off";
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture,
            $"{to} {verb} {ReportText.Amount(Math.Abs(split.Total))} 亿元 {preposition} mean total output in {year} compared with {from}");
        var parts = split.Parts.Append(split.Remainder)
            .Where(p => Math.Abs(p.Difference) >= 0.05)
            .OrderByDescending(p => Math.Abs(p.Difference))
            .ToList();
        if (parts.Count == 0)
        {
            return text.Append('.').ToString();
        }
        text.Append(": ");
        text.AppendJoin(", ", parts.Select(p => $"{Signed(p.Difference, split.Total)} from {p.Name}"));
        return text.Append('.').ToString();
    }

    // Parts that go the same way as the total read as plain amounts; parts against it carry their sign.
    private static string Signed(double value, double total) =>
        Math.Sign(value) == Math.Sign(total) || total == 0 ? ReportText.Amount(Math.Abs(value)) : value.ToString("+0.0;-0.0", CultureInfo.InvariantCulture);
}
