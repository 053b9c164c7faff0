using Sihui.ChainSim.Scenarios.Definitions;
using Sihui.ChainSim.Scenarios.Loading;
using Sihui.ChainSim.Scenarios.Tests.Loading;

namespace Sihui.ChainSim.Scenarios.Tests.Observations;

/// <summary>
/// The rich scenario (2025..2030, with park hitech, industry copper and indicator hightech_firms, here a count indicator
/// with an exit rate, so it can be observed) plus nowcast blocks.
/// </summary>
internal static class NowcastTexts
{
    public const string File = "rich.yaml";

    /// <summary>Shares that rise through the year and end at 1.</summary>
    public const string Shares = "[0.06, 0.13, 0.21, 0.29, 0.38, 0.47, 0.55, 0.63, 0.72, 0.81, 0.9, 1]";

    /// <summary>The rich scenario with <paramref name="tail"/> appended as top-level keys.</summary>
    public static string With(string tail) => CountRich + "\n" + tail + "\n";

    /// <summary>The rich scenario with hightech_firms made a count indicator.</summary>
    private static string CountRich => ScenarioTexts.Rich.Replace("    initial: 120\n", "    initial: 120\n    exit_rate: 0.01\n", StringComparison.Ordinal)
        is var text && text != ScenarioTexts.Rich ? text : throw new InvalidOperationException("the rich scenario's hightech_firms has changed");

    public static ScenarioDefinition Load(string tail = "") => ScenarioLoader.LoadText(With(tail), File);

    public static IReadOnlyList<ScenarioError> Errors(string tail) =>
        Assert.Throws<ScenarioValidationException>(() => Load(tail)).Errors;

    /// <summary>The 1-based line of the first line of <paramref name="text"/> holding <paramref name="fragment"/>.</summary>
    public static int LineOf(string text, string fragment)
    {
        var index = text.Split('\n').ToList().FindIndex(l => l.Contains(fragment, StringComparison.Ordinal));
        Assert.True(index >= 0, $"no line holds {fragment}");
        return index + 1;
    }
}
