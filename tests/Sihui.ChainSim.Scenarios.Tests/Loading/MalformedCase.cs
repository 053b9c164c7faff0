using Sihui.ChainSim.Scenarios.Loading;

namespace Sihui.ChainSim.Scenarios.Tests.Loading;

/// <summary>
/// One broken scenario and the error it must produce. The offending line is marked with a "#!" comment in the
/// text unless <see cref="Line"/> says otherwise; <see cref="Bytes"/> cases are written to a temp file and loaded from it.
/// </summary>
internal sealed record MalformedCase(string Text, string Fragment, string? Path)
{
    public int? Line { get; init; }
    public byte[]? Bytes { get; init; }
    public ScenarioLoadOptions? Options { get; init; }
    public string File { get; init; } = "case.yaml";

    public int ExpectedLine => Line ?? MarkedLine(Text);

    /// <summary>Minimal scenario with one piece of text replaced; fails loudly when the piece is not there.</summary>
    public static string Edit(string from, string to) => Edit(ScenarioTexts.Minimal, from, to);

    public static string Edit(string text, string from, string to) =>
        text.Contains(from, StringComparison.Ordinal) ? text.Replace(from, to) : throw new ArgumentException($"'{from}' is not in the text");

    /// <summary>Minimal scenario plus more top-level sections.</summary>
    public static string With(string more) => ScenarioTexts.Minimal + "\n" + more;

    private static int MarkedLine(string text)
    {
        var lines = text.Split('\n');
        var index = Array.FindIndex(lines, l => l.Contains("#!", StringComparison.Ordinal));
        return index >= 0 ? index + 1 : throw new ArgumentException("case text has no #! marker and no Line");
    }
}
