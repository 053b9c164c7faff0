using System.Text;

namespace Sihui.ChainSim.Reports;

/// <summary>
/// How every CSV output is written. By default for Excel: a UTF-8 byte-order mark (without one, Excel on Chinese Windows
/// reads the file as GBK and garbles the names) and numbers rounded to <see cref="Decimals"/> places. <see cref="Raw"/>
/// keeps each double's shortest round-trip form for scripts.
/// </summary>
public sealed record CsvFormat
{
    /// <summary>Places kept after the point: 0.0001 亿元 is 10,000 yuan; 0.0001 of a probability or growth rate is 0.01 percentage points.</summary>
    public const int Decimals = 4;

    private static readonly UTF8Encoding WithMark = new(encoderShouldEmitUTF8Identifier: true);

    /// <summary>For Excel: a byte-order mark and rounded numbers.</summary>
    public static CsvFormat Default { get; } = new();

    /// <summary>Write the UTF-8 byte-order mark (<c>--csv-bom false</c> turns it off).</summary>
    public bool Bom { get; init; } = true;

    /// <summary>Full round-trip precision instead of <see cref="Decimals"/> places (<c>--raw</c>).</summary>
    public bool Raw { get; init; }

    /// <summary>The encoding a writer uses: its preamble is the byte-order mark when <see cref="Bom"/> is set.</summary>
    public UTF8Encoding Encoding => Bom ? WithMark : OutputFiles.Utf8;

    /// <summary>The whole file's bytes: the byte-order mark, if any, then the text.</summary>
    public byte[] Bytes(string text)
    {
        var body = OutputFiles.Utf8.GetBytes(text);
        return Bom ? [.. WithMark.Preamble, .. body] : body;
    }

    /// <summary>A number as a field: rounded to <see cref="Decimals"/> places without trailing zeros, or round-trip when raw; "" for a value that is not a number.</summary>
    public string Number(double value)
    {
        if (!double.IsFinite(value))
        {
            return "";
        }
        if (Raw)
        {
            return value.ToString("R", ReportText.Invariant);
        }
        var rounded = Math.Round(value, Decimals, MidpointRounding.AwayFromZero);
        // -0.00001 rounds to -0; write it as 0.
        return (rounded == 0 ? 0 : rounded).ToString("0.####", ReportText.Invariant);
    }

    /// <summary>The same, with "" for null.</summary>
    public string Number(double? value) => value is { } v ? Number(v) : "";

    /// <summary>Writes <paramref name="value"/> as <see cref="Number(double)"/> into <paramref name="destination"/> without a string per value.</summary>
    public bool TryFormat(double value, Span<char> destination, out int written)
    {
        if (!double.IsFinite(value))
        {
            written = 0;
            return true;
        }
        if (Raw)
        {
            return value.TryFormat(destination, out written, "R", ReportText.Invariant);
        }
        var rounded = Math.Round(value, Decimals, MidpointRounding.AwayFromZero);
        return (rounded == 0 ? 0 : rounded).TryFormat(destination, out written, "0.####", ReportText.Invariant);
    }
}
