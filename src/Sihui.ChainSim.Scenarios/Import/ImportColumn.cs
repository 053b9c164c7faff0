namespace Sihui.ChainSim.Scenarios.Import;

/// <summary>
/// A column an import reads: the scenario key it fills, the Chinese header a generated sheet writes, whether a sheet
/// must have it, and the other headers (Chinese or English) that mean the same. docs/import.md lists them all.
/// </summary>
public sealed record ImportColumn(string Key, string Header, bool Required, params string[] Synonyms)
{
    public IEnumerable<string> AllHeaders => [Header, Key, .. Synonyms];

    /// <summary>"产值 / output": how a message names the column.</summary>
    public string Label => $"{Header} / {Key}";
}
