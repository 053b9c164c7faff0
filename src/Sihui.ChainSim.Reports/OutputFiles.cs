using System.Text;

namespace Sihui.ChainSim.Reports;

/// <summary>Writes output files atomically: each goes to a temporary file in the same directory, then replaces the target.</summary>
public static class OutputFiles
{
    public const string TempSuffix = ".tmp";

    /// <summary>UTF-8 without a byte-order mark, the encoding of every text output.</summary>
    public static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static void WriteAll(string directory, IReadOnlyDictionary<string, byte[]> files)
    {
        Directory.CreateDirectory(directory);
        foreach (var (name, content) in files)
        {
            WriteAtomically(Path.Combine(directory, name), content);
        }
    }

    /// <summary>Writes <paramref name="text"/> as UTF-8 without a byte-order mark, atomically.</summary>
    public static void WriteText(string path, string text) => WriteAtomically(path, Utf8.GetBytes(text));

    /// <summary>Readers see the old file or the new one, never a half-written one. Creates the directory when missing.</summary>
    public static void WriteAtomically(string path, byte[] content)
    {
        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full) ?? ".";
        Directory.CreateDirectory(directory);
        var temp = Path.Combine(directory, $".{Path.GetFileName(full)}.{Environment.ProcessId}.{Guid.NewGuid():N}{TempSuffix}");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(content);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }
}
