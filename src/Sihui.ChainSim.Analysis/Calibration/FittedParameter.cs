using Sihui.ChainSim.Analysis.Notes;

namespace Sihui.ChainSim.Analysis.Calibration;

/// <summary>
/// One fitted value at the override path <c>--set</c> takes (<c>enterprises.jintian.growth.mean</c>), with its standard
/// error, the observations behind it and their years; <see cref="NoteCode"/> says when it is an industry's fallback, and
/// <see cref="Note"/> says it in English.
/// </summary>
public sealed record FittedParameter(string Path, double Value, double StandardError, int N, IReadOnlyList<int> Years, AnalysisNote? NoteCode = null)
{
    public string? Note => NoteCode?.English;
}
