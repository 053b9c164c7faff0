using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Sihui.ChainSim.Scenarios.Loading.Reading;

/// <summary>First stage: refuses oversized, empty and binary input before YAML parsing sees it.</summary>
public static class SafeText
{
    public const long MaxBytes = 10 * 1024 * 1024;

    /// <summary>The format messages name by default; an observations file passes "CSV".</summary>
    public const string Yaml = "YAML";

    /// <summary>Reads a file as strict UTF-8 (a BOM is dropped); null when refused, with the reason in <paramref name="errors"/>.</summary>
    public static string? ReadFile(string path, ErrorList errors, string format = Yaml)
    {
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                errors.Add(new ScenarioError(path, 1, 1, "", "file not found"));
                return null;
            }
            if (info.Length > MaxBytes)
            {
                errors.Add(new ScenarioError(path, 1, 1, "", $"file is too large ({info.Length:N0} bytes; the limit is {MaxBytes:N0})"));
                return null;
            }
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            errors.Add(new ScenarioError(path, 1, 1, "", $"cannot read file: {e.Message}"));
            return null;
        }
        return Decode(bytes, path, errors, format);
    }

    /// <summary>Decodes strict UTF-8; reports the line and column of a NUL byte or an invalid sequence.</summary>
    public static string? Decode(ReadOnlySpan<byte> bytes, string file, ErrorList errors, string format = Yaml)
    {
        if (bytes.Length > MaxBytes)
        {
            errors.Add(new ScenarioError(file, 1, 1, "", $"file is too large ({bytes.Length:N0} bytes; the limit is {MaxBytes:N0})"));
            return null;
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }
        if (EncodingGuess.Utf16(bytes) is { } utf16)
        {
            errors.Add(new ScenarioError(file, 1, 1, "", "the file is not UTF-8 text: " + EncodingGuess.Advice(utf16, file, format)));
            return null;
        }
        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            var (line, column) = Locate(bytes[..nul]);
            errors.Add(new ScenarioError(file, line, column, "", $"this is a binary file, not {format} text (NUL byte found)"));
            return null;
        }
        var chars = new char[bytes.Length];
        var status = Utf8.ToUtf16(bytes, chars, out var read, out var written, replaceInvalidSequences: false);
        if (status != OperationStatus.Done)
        {
            var (line, column) = Locate(bytes[..read]);
            var advice = EncodingGuess.Advice(EncodingGuess.Legacy(bytes), file, format);
            errors.Add(new ScenarioError(file, line, column, "", $"the file is not valid UTF-8 text (first bad byte here): {advice}"));
            return null;
        }
        return Check(new string(chars, 0, written), file, errors, format);
    }

    /// <summary>Checks text that is already decoded.</summary>
    public static string? Check(string text, string file, ErrorList errors, string format = Yaml)
    {
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }
        if (text.Length > MaxBytes || Encoding.UTF8.GetByteCount(text) > MaxBytes)
        {
            errors.Add(new ScenarioError(file, 1, 1, "", $"text is too large (the limit is {MaxBytes:N0} bytes)"));
            return null;
        }
        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add(new ScenarioError(file, 1, 1, "", "the file is empty"));
            return null;
        }
        var bad = FindBadChar(text);
        if (bad >= 0)
        {
            var (line, column) = Locate(text.AsSpan(0, bad));
            var what = text[bad] == '\0' ? $"this is binary data, not {format} text (NUL character found)" : "the text has an unpaired UTF-16 surrogate";
            errors.Add(new ScenarioError(file, line, column, "", what));
            return null;
        }
        return text;
    }

    private static int FindBadChar(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\0')
            {
                return i;
            }
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return i;
            }
        }
        return -1;
    }

    private static (int Line, int Column) Locate(ReadOnlySpan<byte> before)
    {
        var line = before.Count((byte)'\n') + 1;
        var lastNewline = before.LastIndexOf((byte)'\n');
        var column = Encoding.UTF8.GetCharCount(before[(lastNewline + 1)..]) + 1;
        return (line, column);
    }

    private static (int Line, int Column) Locate(ReadOnlySpan<char> before)
    {
        var line = before.Count('\n') + 1;
        return (line, before.Length - before.LastIndexOf('\n'));
    }
}
