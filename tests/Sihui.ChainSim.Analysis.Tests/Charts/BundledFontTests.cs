using ScottPlot;
using Sihui.ChainSim.Analysis.Charts;
using SkiaSharp;
using Xunit;

namespace Sihui.ChainSim.Analysis.Tests.Charts;

/// <summary>Switching off the system fonts is process-wide, so these tests run alone.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class NoSystemFontsCollection
{
    public const string Name = "no system fonts";
}

[Collection(NoSystemFontsCollection.Name)]
public sealed class BundledFontTests
{
    [Fact]
    public void The_bundled_font_is_embedded_and_registers()
    {
        Assert.NotNull(BundledFont.Bytes);
        Assert.InRange(BundledFont.Bytes!.Length, 500_000, 4_000_000);
        Assert.True(BundledFont.Available);
        using var typeface = SKTypeface.FromData(SKData.CreateCopy(BundledFont.Bytes));
        Assert.Equal(BundledFont.Family, typeface.FamilyName);
        // Every hanzi a report draws has a glyph of its own (glyph 0 is .notdef, the box).
        foreach (var text in new[] { "总产值", "亿元", "铜", "很可能", "不确定", "不太可能", "年份" })
        {
            Assert.All(typeface.GetGlyphs(text), glyph => Assert.NotEqual((ushort)0, glyph));
        }
    }

    [Fact]
    public void Without_system_cjk_fonts_charts_draw_chinese_with_the_bundled_font()
    {
        var before = BundledFont.IgnoreSystemFonts;
        BundledFont.IgnoreSystemFonts = true;
        try
        {
            Assert.Equal(BundledFont.Family, ChartStyle.FontFor(["总产值 Total output"]));
            var copper = TitlePixels("铜");
            var jade = TitlePixels("玉");
            var box = BoxPixels("铜");
            Assert.True(Ink(copper) > 20, "the title 铜 left no ink");
            Assert.True(Ink(jade) > 20, "the title 玉 left no ink");
            // Two boxes would look alike; two real glyphs differ from each other and from a box.
            Assert.True(Difference(copper, jade) > 20, "铜 and 玉 rendered alike: boxes?");
            Assert.True(Difference(copper, box) > 20, "铜 rendered like the .notdef box");
        }
        finally
        {
            BundledFont.IgnoreSystemFonts = before;
        }
    }

    [Fact]
    public void An_svg_chart_names_the_bundled_family_and_carries_the_font()
    {
        var before = BundledFont.IgnoreSystemFonts;
        BundledFont.IgnoreSystemFonts = true;
        try
        {
            var plot = ChartStyle.Begin("总产值", ["亿元"]);
            plot.Add.Scatter(new double[] { 1, 2 }, new double[] { 1, 2 });
            var svg = ChartStyle.Render(plot, "t", "总产值").Svg;
            Assert.Contains(BundledFont.Family, svg, StringComparison.Ordinal);
            Assert.Contains("@font-face", svg, StringComparison.Ordinal);
            Assert.Contains("data:font/otf;base64,", svg, StringComparison.Ordinal);
        }
        finally
        {
            BundledFont.IgnoreSystemFonts = before;
        }
    }

    /// <summary>A plot titled <paramref name="title"/>, rendered with the font the charts would choose.</summary>
    private static SKBitmap TitlePixels(string title) => Render(ChartStyle.Begin(title, []));

    /// <summary>The same title in a font without CJK glyphs: what a box rendering looks like.</summary>
    private static SKBitmap BoxPixels(string title)
    {
        // U+FFFF has no glyph in any font: the bundled font draws its .notdef box for it.
        var plot = new Plot();
        plot.Font.Set(BundledFont.Family);
        plot.Title(new string('\uFFFF', title.Length), 16);
        return Render(plot);
    }

    private static SKBitmap Render(Plot plot) => SKBitmap.Decode(plot.GetImageBytes(ChartStyle.Width, ChartStyle.Height, ImageFormat.Png));

    // The title sits centred at the top of the image.
    private static IEnumerable<(int X, int Y)> TitleArea()
    {
        for (var y = 0; y < 40; y++)
        {
            for (var x = ChartStyle.Width / 2 - 60; x < ChartStyle.Width / 2 + 60; x++)
            {
                yield return (x, y);
            }
        }
    }

    private static int Ink(SKBitmap image) => TitleArea().Count(p => image.GetPixel(p.X, p.Y).Red < 128);

    private static int Difference(SKBitmap a, SKBitmap b) =>
        TitleArea().Count(p => Math.Abs(a.GetPixel(p.X, p.Y).Red - b.GetPixel(p.X, p.Y).Red) > 64);
}
