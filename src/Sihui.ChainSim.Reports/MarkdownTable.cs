using System.Text;

namespace Sihui.ChainSim.Reports;

/// <summary>A GitHub-flavoured Markdown table; pipes in cells are escaped.</summary>
public sealed class MarkdownTable(params string[] headers)
{
    private readonly List<string[]> _rows = [];

    public void Row(params string[] cells) => _rows.Add(cells);

    public void AppendTo(StringBuilder text)
    {
        text.Append("| ").AppendJoin(" | ", headers.Select(Escape)).Append(" |\n");
        text.Append('|').AppendJoin("|", headers.Select(_ => "---")).Append("|\n");
        foreach (var row in _rows)
        {
            text.Append("| ").AppendJoin(" | ", row.Select(Escape)).Append(" |\n");
        }
    }

    /// <summary>Text safe inside a Markdown table cell: pipes escaped, line breaks turned into spaces.</summary>
    public static string Escape(string cell) => cell.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
