namespace Sihui.ChainSim.Web.Catalog;

/// <summary>A scenario file the app serves: its name in URLs, its file, and the sidecar file its saved variants go to.</summary>
public sealed record ScenarioEntry(string Name, string FilePath, string SidecarPath)
{
    public const string SidecarSuffix = Scenarios.Loading.Saved.SavedVariantFile.Suffix;

    /// <summary>The file name, e.g. <c>sihui-2024.yaml</c>: what error messages and reports show, never the full path.</summary>
    public string FileName => Path.GetFileName(FilePath);
}

/// <summary>What looking a name up found: the entry, or why there is none.</summary>
public sealed record ScenarioLookup(ScenarioEntry? Entry, string? Problem, bool IsBadName)
{
    public static ScenarioLookup Found(ScenarioEntry entry) => new(entry, null, false);
    public static ScenarioLookup BadName(string problem) => new(null, problem, true);
    public static ScenarioLookup NotFound(string problem) => new(null, problem, false);
}
