using ScottPlot;

namespace Sihui.ChainSim.Analysis.Charts;

/// <summary>Shared look of every chart: an installed font that can draw the labels (Chinese too), sizes and colours.</summary>
public static class ChartStyle
{
    public const int Width = 900;
    public const int Height = 520;

    // WenQuanYi Micro Hei first (Debian: fonts-wqy-microhei): ScottPlot places legend text badly with Noto CJK's tall line metrics.
    private static readonly string[] CjkFamilies =
        ["WenQuanYi Micro Hei", "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "WenQuanYi Zen Hei", "Microsoft YaHei", "PingFang SC"];

    private static readonly string[] LatinFamilies = ["Liberation Sans", "DejaVu Sans", "Noto Sans", "Arial", "Helvetica"];

    /// <summary>Colours for series, chosen to stay apart for colour-blind readers (Okabe–Ito).</summary>
    public static IReadOnlyList<Color> Palette { get; } =
    [
        Color.FromHex("#0072B2"), Color.FromHex("#E69F00"), Color.FromHex("#009E73"), Color.FromHex("#CC79A7"),
        Color.FromHex("#56B4E9"), Color.FromHex("#D55E00"), Color.FromHex("#F0E442"), Color.FromHex("#000000"),
        Color.FromHex("#999999"), Color.FromHex("#882255"),
    ];

    public static Color ColorAt(int index) => Palette[index % Palette.Count];

    /// <summary>The font family for a chart whose texts are <paramref name="texts"/>: a CJK family when any is Chinese.</summary>
    public static string FontFor(IEnumerable<string> texts)
    {
        var all = string.Concat(texts);
        var needsCjk = all.Any(IsCjk);
        if (needsCjk && BundledFont.IgnoreSystemFonts)
        {
            return BundledOr(all);
        }
        // Chinese text never falls to a Latin family: that draws boxes, where the bundled font draws the glyphs.
        foreach (var family in needsCjk ? CjkFamilies : LatinFamilies.Concat(CjkFamilies))
        {
            if (IsInstalled(family))
            {
                return family;
            }
        }
        return needsCjk ? BundledOr(all) : Fonts.Default;
    }

    /// <summary>The bundled CJK font; else whatever ScottPlot detects, with one warning that Chinese may show as boxes.</summary>
    private static string BundledOr(string all)
    {
        if (BundledFont.Available)
        {
            return BundledFont.Family;
        }
        BundledFont.WarnOnce("no CJK font is installed and the bundled one failed");
        return Fonts.Detect(all);
    }

    /// <summary>A new plot whose texts (title, axes, ticks, legend) use a font that can draw <paramref name="texts"/>.</summary>
    public static Plot Begin(string title, IEnumerable<string> texts)
    {
        var font = FontFor(texts.Append(title));
        var plot = new Plot();
        plot.Font.Set(font);
        plot.Title(title, 16);
        plot.Legend.FontName = font;
        plot.Legend.FontSize = 13;
        plot.Legend.SetBestFontOnEachRender = false;
        return plot;
    }

    /// <summary>Shows a legend of the given items, drawn in the plot's legend font (set before layout, so nothing is clipped).</summary>
    public static void Legend(Plot plot, IEnumerable<LegendItem> items, Alignment alignment)
    {
        var list = items.ToList();
        foreach (var item in list)
        {
            item.LabelFontName = plot.Legend.FontName ?? Fonts.Default;
            item.LabelFontSize = plot.Legend.FontSize ?? 13;
        }
        plot.ShowLegend(list, alignment);
    }

    /// <summary>The plot as a chart whose PNG and SVG are drawn when first read (the plot must not change after this).</summary>
    public static ChartImage Render(Plot plot, string name, string title, int width = Width, int height = Height) =>
        new(name, title, () => plot.GetImageBytes(width, height, ImageFormat.Png),
            () => SvgFonts.Apply(plot.GetSvgXml(width, height), plot.Legend.FontName ?? Fonts.Default));

    // A missing family may resolve to a fallback typeface, so compare the name that came back.
    private static bool IsInstalled(string family) =>
        Fonts.GetTypeface(family, bold: false, italic: false) is { } typeface
        && string.Equals(typeface.FamilyName, family, StringComparison.OrdinalIgnoreCase);

    private static bool IsCjk(char c) => c is >= '\u2E80' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF' or >= '\uFF00' and <= '\uFFEF';
}
