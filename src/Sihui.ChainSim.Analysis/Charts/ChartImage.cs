using Sihui.ChainSim.Reports;

namespace Sihui.ChainSim.Analysis.Charts;

/// <summary>A rendered chart: a PNG and an SVG of the same plot, and a file name stem to save them under.</summary>
public sealed record ChartImage(string Name, string Title, byte[] Png, string Svg)
{
    /// <summary>Writes NAME.png and NAME.svg into <paramref name="folder"/>; returns both paths.</summary>
    public (string Png, string Svg) WriteTo(string folder)
    {
        var png = Path.Combine(folder, Name + ".png");
        var svg = Path.Combine(folder, Name + ".svg");
        OutputFiles.WriteAtomically(png, Png);
        OutputFiles.WriteText(svg, Svg);
        return (png, svg);
    }

    /// <summary>NAME.png and NAME.svg with their bytes, for writing together with other files.</summary>
    public IReadOnlyDictionary<string, byte[]> Files() => new Dictionary<string, byte[]>
    {
        [Name + ".png"] = Png,
        [Name + ".svg"] = OutputFiles.Utf8.GetBytes(Svg),
    };

    /// <summary>The same chart saved under another name stem, made safe for file names.</summary>
    public ChartImage Named(string name) => this with { Name = FanChart.FileSafe(name) };

    /// <summary>The PNG as a data: URI, for self-contained HTML.</summary>
    public string PngDataUri => "data:image/png;base64," + Convert.ToBase64String(Png);
}
