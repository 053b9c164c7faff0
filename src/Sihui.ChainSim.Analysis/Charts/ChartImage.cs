using Sihui.ChainSim.Reports;

namespace Sihui.ChainSim.Analysis.Charts;

/// <summary>
/// A chart: a PNG and an SVG of the same plot, and a file name stem to save them under. Each format is rendered the
/// first time it is read, so a chart nobody writes costs nothing and one only shown as PNG never renders its SVG.
/// </summary>
public sealed class ChartImage
{
    private readonly Lazy<byte[]> _png;
    private readonly Lazy<string> _svg;

    public ChartImage(string name, string title, Func<byte[]> png, Func<string> svg)
        : this(name, title, new Lazy<byte[]>(png), new Lazy<string>(svg))
    {
    }

    private ChartImage(string name, string title, Lazy<byte[]> png, Lazy<string> svg) => (Name, Title, _png, _svg) = (name, title, png, svg);

    public string Name { get; }

    public string Title { get; }

    public byte[] Png => _png.Value;

    public string Svg => _svg.Value;

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

    /// <summary>The same chart (rendered at most once between them) saved under another name stem, made safe for file names.</summary>
    public ChartImage Named(string name) => new(FanChart.FileSafe(name), Title, _png, _svg);

    /// <summary>
    /// Draws each chart's PNG on the thread pool, one chart per task: charts are independent plots, so they draw side by
    /// side while the caller writes other files. A reader that comes first waits for the same drawing; one that fails
    /// fails again, with its own exception, where the PNG is read. SVGs are left to the caller: the SVG writer numbers
    /// clip paths from a counter shared by the process, so only SVGs drawn in a fixed order are the same bytes every run.
    /// </summary>
    public static void DrawPngsInBackground(IEnumerable<ChartImage> charts)
    {
        foreach (var chart in charts)
        {
            _ = Task.Run(() =>
            {
                try
                {
                    _ = chart.Png;
                }
                catch (Exception)
                {
                    // Seen again by the reader: the lazy value keeps the exception.
                }
            });
        }
    }

    /// <summary>The PNG as a data: URI, for self-contained HTML.</summary>
    public string PngDataUri => "data:image/png;base64," + Convert.ToBase64String(Png);
}
