namespace Sihui.ChainSim.Scenarios.Definitions;

/// <summary>The language reports, console tables and chart labels are written in.</summary>
public enum ScenarioLanguage
{
    Zh,
    En,
}

/// <summary>Something with a display name and optional per-language names (<c>name_zh</c>, <c>name_en</c>).</summary>
public interface ILabelled
{
    string Name { get; }
    string? NameZh { get; }
    string? NameEn { get; }
}

public static class Labels
{
    /// <summary>The label in <paramref name="language"/>: name_zh or name_en where given, else name.</summary>
    public static string Label(this ILabelled item, ScenarioLanguage language) =>
        (language == ScenarioLanguage.Zh ? item.NameZh : item.NameEn) is { Length: > 0 } name ? name : item.Name;

    /// <summary>"zh" or "en", as the scenario file and <c>--lang</c> spell it.</summary>
    public static string Code(this ScenarioLanguage language) => language == ScenarioLanguage.Zh ? "zh" : "en";

    /// <summary>Parses "zh" or "en" (case-insensitive); null for anything else.</summary>
    public static ScenarioLanguage? Parse(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "zh" => ScenarioLanguage.Zh,
        "en" => ScenarioLanguage.En,
        _ => null,
    };
}
