using System.Globalization;
using System.Runtime.InteropServices;

namespace Sihui.ChainSim.Benchmarks;

/// <summary>What the benchmark ran on, read from /proc where there is one.</summary>
public static class Machine
{
    public static string CpuModel()
    {
        const string cpuinfo = "/proc/cpuinfo";
        var line = File.Exists(cpuinfo) ? File.ReadLines(cpuinfo).FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal)) : null;
        return line is null ? "unknown CPU" : line[(line.IndexOf(':') + 1)..].Trim();
    }

    public static double MemoryGiB() => GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024.0 * 1024 * 1024);

    /// <summary>e.g. <c>up 2.3 h, load average 1.02 0.80 0.55</c>.</summary>
    public static string UptimeAndLoad()
    {
        try
        {
            var up = double.Parse(File.ReadAllText("/proc/uptime").Split(' ')[0], CultureInfo.InvariantCulture);
            var load = string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
            return $"up {up / 3600:F1} h, load average {load}";
        }
        catch (IOException)
        {
            return "uptime unknown";
        }
    }

    public static string Describe() =>
        $"{Environment.ProcessorCount} cores ({CpuModel()}), {MemoryGiB():F0} GiB, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}";
}
