namespace Sihui.ChainSim.Scenarios.Tabular;

/// <summary>
/// Lines whose first cell starts with '#' are comments, so a data file can name its sources and say which figures
/// are assumptions. A quoted first cell ("#…") is data, not a comment.
/// </summary>
public static class CsvComments
{
    /// <summary>Comment lines become blank lines, so line numbers still match the file.</summary>
    public static string Blank(string text) =>
        string.Join('\n', text.Split('\n').Select(l => l.TrimStart().StartsWith('#') ? "" : l));
}
