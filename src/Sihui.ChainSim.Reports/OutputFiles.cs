namespace Sihui.ChainSim.Reports;

/// <summary>Writes output files atomically: each goes to a temporary file in the same directory, then replaces the target.</summary>
public static class OutputFiles
{
    public const string TempSuffix = ".tmp";

    public static void WriteAll(string directory, IReadOnlyDictionary<string, byte[]> files)
    {
        Directory.CreateDirectory(directory);
        foreach (var (name, content) in files)
        {
            WriteAtomically(Path.Combine(directory, name), content);
        }
    }

    /// <summary>Readers see the old file or the new one, never a half-written one.</summary>
    public static void WriteAtomically(string path, byte[] content)
    {
        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full) ?? ".";
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
