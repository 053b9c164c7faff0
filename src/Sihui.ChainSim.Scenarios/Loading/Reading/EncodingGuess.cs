namespace Sihui.ChainSim.Scenarios.Loading.Reading;

/// <summary>Names the likely encoding of text that is not UTF-8, and the <c>iconv</c> line that converts it.</summary>
public static class EncodingGuess
{
    /// <summary>A UTF-16 file by its byte-order mark, or by NUL bytes in every other place (ASCII text in UTF-16); else null.</summary>
    public static string? Utf16(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return "UTF-16LE";
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return "UTF-16BE";
        }
        var sample = bytes[..(Math.Min(bytes.Length, 4096) & ~1)];
        if (sample.Length < 4)
        {
            return null;
        }
        int evenNul = 0, oddNul = 0;
        for (var i = 0; i < sample.Length; i += 2)
        {
            evenNul += sample[i] == 0 ? 1 : 0;
            oddNul += sample[i + 1] == 0 ? 1 : 0;
        }
        var pairs = sample.Length / 2;
        return oddNul > pairs * 0.6 && evenNul < pairs * 0.1 ? "UTF-16LE"
            : evenNul > pairs * 0.6 && oddNul < pairs * 0.1 ? "UTF-16BE"
            : null;
    }

    /// <summary>GBK (or GB18030) when the non-ASCII bytes all pair up as GB characters; else a Latin code page.</summary>
    public static string Legacy(ReadOnlySpan<byte> bytes)
    {
        var pairs = 0;
        var fourByte = false;
        for (var i = 0; i < bytes.Length; i++)
        {
            var b = bytes[i];
            if (b < 0x80)
            {
                continue;
            }
            if (b is >= 0x81 and <= 0xFE && i + 1 < bytes.Length)
            {
                var next = bytes[i + 1];
                if (next is >= 0x40 and <= 0xFE and not 0x7F)
                {
                    pairs++;
                    i++;
                    continue;
                }
                if (next is >= 0x30 and <= 0x39 && i + 3 < bytes.Length && bytes[i + 2] is >= 0x81 and <= 0xFE && bytes[i + 3] is >= 0x30 and <= 0x39)
                {
                    fourByte = true;
                    i += 3;
                    continue;
                }
            }
            return "WINDOWS-1252";
        }
        return fourByte ? "GB18030" : pairs > 0 ? "GBK" : "WINDOWS-1252";
    }

    /// <summary>e.g. <c>it looks like GBK/GB18030 ...; convert it with: iconv -f GBK -t UTF-8 a.yaml &gt; a.yaml.utf8</c>.</summary>
    public static string Advice(string encoding, string file, string format = SafeText.Yaml)
    {
        var name = encoding switch
        {
            "GBK" or "GB18030" => "GBK/GB18030 (the usual encoding on Chinese Windows)",
            "UTF-16LE" or "UTF-16BE" => $"{encoding} (UTF-16, as some Windows editors save)",
            _ => "Windows-1252 or Latin-1",
        };
        return $"it looks like {name}; {Files(format)} must be UTF-8. Convert it with: iconv -f {encoding} -t UTF-8 {Quote(file)} > {Quote(file + ".utf8")}";
    }

    private static string Files(string format) => format == SafeText.Yaml ? "scenario files" : $"{format} files";

    private static string Quote(string file) =>
        file.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '/' or '_' or '-') ? file : "'" + file.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
