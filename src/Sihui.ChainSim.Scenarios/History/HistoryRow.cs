namespace Sihui.ChainSim.Scenarios.History;

/// <summary>A checked history figure and where it was given (<c>history.csv:3</c>). <see cref="Id"/> is "" when none.</summary>
public sealed record HistoryRow(string Metric, string Id, int Year, double Value, string Source)
{
    /// <summary>"enterprise_output jintian 2023", for messages.</summary>
    public string Label => Id.Length == 0 ? $"{Metric} {Year}" : $"{Metric} {Id} {Year}";
}
