namespace Sihui.ChainSim.Web.Analyses;

/// <summary>
/// A checked analysis, ready to run once it has a slot: <see cref="RunAsync"/> computes it (calling back with one JSON
/// line per finished bar or step when streamed), <see cref="Write"/> renders its document, indented or on one line.
/// </summary>
public sealed record AnalysisJob(
    string? StartLine,
    Func<Action<string>?, CancellationToken, Task<object>> RunAsync,
    Func<object, bool, string> Write);
