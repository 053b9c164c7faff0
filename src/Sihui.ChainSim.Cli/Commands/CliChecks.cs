using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace Sihui.ChainSim.Cli.Commands;

/// <summary>Checks every command makes before it simulates, in plain words: seeds, scenario files and output folders.</summary>
public static class CliChecks
{
    public const string SeedMessage = "--seed must be a whole number from 0 to 18446744073709551615";

    /// <summary>A <c>--seed</c> option whose parse error says what a seed is, not which .NET type it failed to be.</summary>
    public static Option<ulong?> SeedOption(string description) => new("--seed")
    {
        HelpName = "S",
        Description = description,
        CustomParser = ParseSeed,
    };

    /// <summary>Throws <see cref="CliInputException"/> unless <paramref name="path"/> is an existing file.</summary>
    public static void RequireScenarioFile(string path)
    {
        if (Directory.Exists(path))
        {
            throw new CliInputException($"{path} is a directory, not a scenario file; name a .yaml file in it");
        }
        if (!File.Exists(path))
        {
            throw new CliInputException($"scenario file not found: {path}");
        }
    }

    /// <summary>Like <see cref="RequireScenarioFile"/>, for the file an option names.</summary>
    public static void RequireFile(string path, string option)
    {
        if (Directory.Exists(path))
        {
            throw new CliInputException($"{option} {path} is a directory, not a file");
        }
        if (!File.Exists(path))
        {
            throw new CliInputException($"{option}: file not found: {path}");
        }
    }

    /// <summary>
    /// Throws <see cref="CliInputException"/> unless files can be written into <paramref name="directory"/> (or into the
    /// folder that would hold it), so a bad <c>--out</c> fails before the simulation, not after it. Creates nothing.
    /// </summary>
    public static void RequireWritableDirectory(string directory, string option = "--out")
    {
        if (File.Exists(directory))
        {
            throw new CliInputException($"{option} {directory} is a file, not a directory");
        }
        var existing = Path.GetFullPath(directory);
        while (!Directory.Exists(existing))
        {
            if (File.Exists(existing))
            {
                throw new CliInputException($"{option} {directory}: {existing} is a file, so no directory can be made under it");
            }
            existing = Path.GetDirectoryName(existing) ?? throw new CliInputException($"{option} {directory}: no such place");
        }
        var probe = Path.Combine(existing, $".chainsim-write-check.{Environment.ProcessId}.{Guid.NewGuid():N}");
        try
        {
            using (new FileStream(probe, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose))
            {
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            var why = ex is UnauthorizedAccessException ? "permission denied" : "the file system refuses new files there";
            throw new CliInputException($"{option} {directory}: cannot write in {existing} ({why})");
        }
    }

    private static ulong? ParseSeed(ArgumentResult result)
    {
        var token = result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";
        if (ulong.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var seed))
        {
            return seed;
        }
        result.AddError($"{SeedMessage}, got '{token}'");
        return null;
    }
}
