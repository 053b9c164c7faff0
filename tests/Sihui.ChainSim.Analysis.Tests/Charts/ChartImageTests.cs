using Sihui.ChainSim.Analysis.Charts;

namespace Sihui.ChainSim.Analysis.Tests.Charts;

/// <summary>A chart is drawn only when an image is read, and each format at most once, however many names it is saved under.</summary>
public sealed class ChartImageTests
{
    [Fact]
    public void Nothing_is_drawn_until_an_image_is_read_and_then_once()
    {
        var (pngs, svgs) = (0, 0);
        var chart = new ChartImage("fan", "Fan", () => { pngs++; return [1, 2, 3]; }, () => { svgs++; return "<svg/>"; });
        var renamed = chart.Named("total output");

        Assert.Equal((0, 0), (pngs, svgs));
        Assert.Equal([1, 2, 3], chart.Png);
        Assert.Equal([1, 2, 3], renamed.Png);
        Assert.Equal((1, 0), (pngs, svgs));
        Assert.Equal("<svg/>", renamed.Svg);
        Assert.Equal((1, 1), (pngs, svgs));
        Assert.Equal("total-output", renamed.Name);
    }
}
