using System.Text.RegularExpressions;

namespace Sihui.ChainSim.Analysis.Charts;

/// <summary>
/// Makes a chart's SVG show its Chinese where it is opened: text names a list of CJK families, and a chart drawn
/// with the bundled font (no CJK font on the machine that drew it) carries that font as a data: URI.
/// </summary>
internal static partial class SvgFonts
{
    /// <summary>Families a viewer may have, after the one the chart was drawn with.</summary>
    private const string Fallbacks = "'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', 'Microsoft YaHei', 'PingFang SC', 'WenQuanYi Micro Hei', sans-serif";

    public static string Apply(string svg, string drawnWith)
    {
        var family = drawnWith.Replace("'", "", StringComparison.Ordinal);
        var list = $"'{family}', '{BundledFont.Family}', {Fallbacks}";
        var text = FontFamily().Replace(svg, m => m.Groups[1].Value.Replace("'", "", StringComparison.Ordinal) == family
            ? $"font-family=\"{list}\"" : m.Value);
        if (drawnWith != BundledFont.Family || BundledFont.Bytes is not { } bytes)
        {
            return text;
        }
        var end = text.IndexOf('>', text.IndexOf("<svg", StringComparison.Ordinal)) + 1;
        var style = $"<style>@font-face{{font-family:'{BundledFont.Family}';src:url(data:font/otf;base64,{Convert.ToBase64String(bytes)}) format('opentype')}}</style>";
        return end > 0 ? text.Insert(end, style) : text;
    }

    [GeneratedRegex("font-family=\"([^\"]*)\"")]
    private static partial Regex FontFamily();
}
