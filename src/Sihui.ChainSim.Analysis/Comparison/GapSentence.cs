using System.Globalization;
using System.Text;
using Sihui.ChainSim.Reports;

namespace Sihui.ChainSim.Analysis.Comparison;

/// <summary>The one-line summary of a gap for a report: "the high-investment plan adds 38 亿元 to total output in 2024: 22 from …".</summary>
public static class GapSentence
{
    /// <summary>The sentence in English, as the gap's JSON carries it.</summary>
    public static string Of(string to, string from, int year, OutputSplit split) => Of(to, from, year, split, ReportWords.En);

    /// <summary>The sentence in the wording of <paramref name="words"/> (Chinese: "与基准相比，高投资方案使 2024 年平均总产值增加 …").</summary>
    public static string Of(string to, string from, int year, OutputSplit split, ReportWords words)
    {
        var text = new StringBuilder(words.GapLead(to, split.Total, year, from));
        var parts = split.Parts.Append(split.Remainder)
            .Where(p => Math.Abs(p.Difference) >= 0.05)
            .OrderByDescending(p => Math.Abs(p.Difference))
            .ToList();
        if (parts.Count == 0)
        {
            return text.Append(words.SentenceEnd).ToString();
        }
        text.Append(words.Colon);
        text.AppendJoin(words.ListSeparator, parts.Select(p => words.GapPart(Signed(p.Difference, split.Total), p.Name)));
        return text.Append(words.SentenceEnd).ToString();
    }

    // Parts that go the same way as the total read as plain amounts; parts against it carry their sign.
    private static string Signed(double value, double total) =>
        Math.Sign(value) == Math.Sign(total) || total == 0 ? ReportText.Amount(Math.Abs(value)) : value.ToString("+0.0;-0.0", CultureInfo.InvariantCulture);
}
