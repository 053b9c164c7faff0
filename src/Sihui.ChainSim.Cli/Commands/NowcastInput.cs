using System.Globalization;
using Sihui.ChainSim.Scenarios.Definitions;
using Sihui.ChainSim.Scenarios.Loading;
using Sihui.ChainSim.Scenarios.Loading.Reading;

namespace Sihui.ChainSim.Cli.Commands;

/// <summary>What <c>run</c>, <c>nowcast</c> and the analyses check alike for <c>--observed</c>, <c>--min-ess</c> and <c>--max-trials</c>.</summary>
public static class NowcastInput
{
    /// <summary>The observations file's text, refused as the CSV reader refuses a bad encoding (file and line).</summary>
    public static string Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new CliInputException($"--observed {path}: no such file");
        }
        var bytes = File.ReadAllBytes(path);
        var errors = new ErrorList();
        var text = SafeText.Decode(bytes, path, errors, "CSV");
        errors.ThrowIfAny();
        return text!;
    }

    /// <summary>An observations workbook's bytes (<c>--observed OBS.xlsx</c>), read by the table reader when the run compiles.</summary>
    public static byte[] ReadWorkbook(string path)
    {
        if (!File.Exists(path))
        {
            throw new CliInputException($"--observed {path}: no such file");
        }
        return File.ReadAllBytes(path);
    }

    /// <summary>--min-ess and --max-trials must be at least 1 (a plain run ignores them).</summary>
    public static string? Problem(int? minEss, int? maxTrials)
    {
        if (minEss is { } min && min < 1)
        {
            return $"--min-ess must be at least 1, got {min}";
        }
        if (maxTrials is { } max && (max < 1 || max > ScenarioDefinition.MaxTrials))
        {
            return $"--max-trials must be between 1 and {ScenarioDefinition.MaxTrials}, got {max}";
        }
        return null;
    }

    /// <summary>The warning when the ESS stays below --min-ess at the most trials allowed.</summary>
    public static string ShortEssWarning(double ess, int trials, int minEss) =>
        $"chainsim: warning: the effective sample size is {ess.ToString("N0", CultureInfo.InvariantCulture)} "
        + $"after {trials.ToString("N0", CultureInfo.InvariantCulture)} trials, below --min-ess "
        + $"{minEss.ToString(CultureInfo.InvariantCulture)}: the observations are far from most trials; "
        + "raise --max-trials, or check the observations and the seasonality";
}
