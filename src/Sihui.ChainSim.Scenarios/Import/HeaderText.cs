using System.Text;
using System.Text.RegularExpressions;

namespace Sihui.ChainSim.Scenarios.Import;

/// <summary>How two headers (or stage words) are compared: case, spaces, '_' and a trailing unit such as "（亿元）" do not count.</summary>
public static partial class HeaderText
{
    public static string Normalize(string text)
    {
        var plain = Unit().Replace(text.Trim(), "");
        var folded = new StringBuilder(plain.Length);
        foreach (var c in plain)
        {
            if (!char.IsWhiteSpace(c) && c is not '_' and not '-')
            {
                // Full-width letters and digits (ＭＷ, ２) as their ASCII forms, as a Chinese keyboard may type them.
                folded.Append(char.ToLowerInvariant(c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c));
            }
        }
        return folded.ToString();
    }

    // ASCII and full-width brackets, and 【】.
    [GeneratedRegex(@"\s*[\(\[（【][^\)\]）】]*[\)\]）】]\s*$")]
    private static partial Regex Unit();
}
