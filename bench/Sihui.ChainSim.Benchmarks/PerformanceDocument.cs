namespace Sihui.ChainSim.Benchmarks;

/// <summary>Replaces the generated part of docs/performance.md, between two markers, and keeps the hand-written rest.</summary>
public static class PerformanceDocument
{
    public const string Begin = "<!-- benchmarks:begin -->";
    public const string End = "<!-- benchmarks:end -->";

    public static void Update(string path, string generated)
    {
        var block = $"{Begin}\n{generated.TrimEnd()}\n{End}";
        var text = File.Exists(path) ? File.ReadAllText(path) : "# Performance\n";
        var begin = text.IndexOf(Begin, StringComparison.Ordinal);
        var end = text.IndexOf(End, StringComparison.Ordinal);
        var updated = begin >= 0 && end > begin
            ? text[..begin] + block + text[(end + End.Length)..]
            : text.TrimEnd() + "\n\n## Engine benchmarks\n\n" + block + "\n";
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temp = path + ".tmp";
        File.WriteAllText(temp, updated);
        File.Move(temp, path, overwrite: true);
    }
}
