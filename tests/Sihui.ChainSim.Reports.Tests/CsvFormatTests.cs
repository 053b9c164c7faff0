using System.Text;

namespace Sihui.ChainSim.Reports.Tests;

/// <summary>CSV for Excel: a byte-order mark and numbers to four places by default; --raw keeps round-trip numbers.</summary>
public sealed class CsvFormatTests
{
    [Theory]
    [InlineData(1234.567891, "1234.5679")]
    [InlineData(0.83456, "0.8346")]
    [InlineData(2.0, "2")]
    [InlineData(-0.00001, "0")]
    [InlineData(-12.34567, "-12.3457")]
    [InlineData(double.NaN, "")]
    public void Rounds_to_four_places_without_trailing_zeros(double value, string expected)
    {
        Assert.Equal(expected, CsvFormat.Default.Number(value));
        Span<char> buffer = stackalloc char[64];
        Assert.True(CsvFormat.Default.TryFormat(value, buffer, out var written));
        Assert.Equal(expected, buffer[..written].ToString());
    }

    [Fact]
    public void Raw_keeps_the_round_trip_form()
    {
        var raw = new CsvFormat { Raw = true };
        const double value = 1234.5678912345678;
        Assert.Equal(value, double.Parse(raw.Number(value), ReportText.Invariant));
        Assert.Equal(value.ToString("R", ReportText.Invariant), raw.Number(value));
    }

    [Fact]
    public void The_byte_order_mark_starts_the_file_unless_turned_off()
    {
        Assert.Equal([0xEF, 0xBB, 0xBF, (byte)'a'], CsvFormat.Default.Bytes("a"));
        Assert.Equal("a"u8.ToArray(), new CsvFormat { Bom = false }.Bytes("a"));
        Assert.Equal(3, CsvFormat.Default.Encoding.GetPreamble().Length);
        Assert.Empty(new CsvFormat { Bom = false }.Encoding.GetPreamble());
    }
}
