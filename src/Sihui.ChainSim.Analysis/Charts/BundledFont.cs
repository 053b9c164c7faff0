using ScottPlot;
using SkiaSharp;

namespace Sihui.ChainSim.Analysis.Charts;

/// <summary>
/// The chart font shipped inside this assembly: a subset of Noto Sans CJK SC (SIL OFL 1.1, see Charts/Fonts/OFL.txt;
/// scripts/font-subset.py regenerates it). Charts fall back to it when the machine has no CJK font, so Chinese labels
/// never draw as boxes.
/// </summary>
public static class BundledFont
{
    public const string Family = "ChainSim Sans SC";

    private const string ResourceName = "Sihui.ChainSim.Analysis.Charts.Fonts.ChainSimSansSC-Regular.otf";

    private static readonly Lazy<byte[]?> LazyBytes = new(LoadBytes);
    private static readonly Lazy<bool> LazyRegistered = new(Register);
    private static int _warned;

    /// <summary>Ignore installed CJK fonts and use the bundled one, as on a machine without any (tests, and CHAINSIM_IGNORE_SYSTEM_FONTS=1).</summary>
    internal static bool IgnoreSystemFonts { get; set; } = Environment.GetEnvironmentVariable("CHAINSIM_IGNORE_SYSTEM_FONTS") == "1";

    /// <summary>Where the one warning goes when even the bundled font cannot be used.</summary>
    public static TextWriter WarningWriter { get; set; } = Console.Error;

    /// <summary>The font file's bytes, or null when the resource is missing.</summary>
    public static byte[]? Bytes => LazyBytes.Value;

    /// <summary>True once ScottPlot can draw with <see cref="Family"/>.</summary>
    public static bool Available => LazyRegistered.Value;

    /// <summary>Prints, once per process, that Chinese labels may draw as boxes.</summary>
    internal static void WarnOnce(string why)
    {
        if (Interlocked.Exchange(ref _warned, 1) == 0)
        {
            WarningWriter.WriteLine($"warning: no font that can draw Chinese ({why}); chart labels in Chinese may show as boxes");
        }
    }

    private static byte[]? LoadBytes()
    {
        using var stream = typeof(BundledFont).Assembly.GetManifestResourceStream(ResourceName);
        if (stream is null)
        {
            return null;
        }
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static bool Register()
    {
        try
        {
            if (Bytes is not { } bytes || SKTypeface.FromData(SKData.CreateCopy(bytes)) is not { } typeface)
            {
                WarnOnce("the bundled font is missing from the program");
                return false;
            }
            Fonts.FontResolvers.Insert(0, new Resolver(typeface));
            return true;
        }
        catch (Exception e) when (e is TypeInitializationException or DllNotFoundException or InvalidOperationException or IOException)
        {
            WarnOnce($"the bundled font could not be loaded: {e.Message}");
            return false;
        }
    }

    /// <summary>Answers ScottPlot's requests for <see cref="Family"/> with the bundled typeface.</summary>
    private sealed class Resolver(SKTypeface typeface) : IFontResolver
    {
        public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing spacing) =>
            Matches(fontName) ? typeface : null;

        public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) => Matches(fontName) ? typeface : null;

        private static bool Matches(string fontName) => string.Equals(fontName, Family, StringComparison.OrdinalIgnoreCase);
    }
}
