using System.Globalization;

namespace Sihui.ChainSim.Runner.Hosting;

/// <summary>
/// The file a silo rewrites each time it finds itself Active in a readable membership table, and the check
/// <c>chainsim silo --health</c> makes of it: present, fresh, and saying "active".
/// </summary>
public static class SiloHealthFile
{
    public const string ActiveWord = "active";

    /// <summary>Older than this, the file says the silo stopped checking (hung, or the table unreadable).</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(15);

    public static void WriteActive(string path, string silo, DateTimeOffset now) =>
        Write(path, $"{ActiveWord} {now.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture)} {silo}");

    public static void WriteUnhealthy(string path, string reason, DateTimeOffset now) =>
        Write(path, $"unhealthy {now.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture)} {reason}");

    public static void Delete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // A stale file fails the freshness check anyway.
        }
        catch (UnauthorizedAccessException)
        {
            // Same.
        }
    }

    /// <summary>Whether the silo behind <paramref name="path"/> is healthy, and a one-line reason.</summary>
    public static (bool Healthy, string Message) Check(string path, DateTimeOffset now)
    {
        string text;
        try
        {
            text = File.ReadAllText(path).Trim();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (false, $"no health file at {path}: is the silo running with the same Silo:GatewayPort or Silo:HealthFile?");
        }
        var parts = text.Split(' ', 3);
        if (parts.Length < 3 || !long.TryParse(parts[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var millis))
        {
            return (false, $"the health file {path} is not in the expected form");
        }
        var age = now - DateTimeOffset.FromUnixTimeMilliseconds(millis);
        if (age > MaxAge)
        {
            return (false, $"the silo last confirmed its membership {age.TotalSeconds:F0} s ago (more than {MaxAge.TotalSeconds:F0} s)");
        }
        return parts[0] == ActiveWord
            ? (true, $"silo {parts[2]} is Active in the membership table")
            : (false, parts[2]);
    }

    private static void Write(string path, string line)
    {
        // Write then rename, so a reader never sees half a line.
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, line + "\n");
        File.Move(temporary, path, overwrite: true);
    }
}
