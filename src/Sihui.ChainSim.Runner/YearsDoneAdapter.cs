using Sihui.ChainSim.Contracts;

namespace Sihui.ChainSim.Runner;

/// <summary>Turns the driver's years-done count into <see cref="RunProgress"/>, on the reporting thread.</summary>
internal sealed class YearsDoneAdapter(IProgress<RunProgress> target, int yearCount) : IProgress<int>
{
    public void Report(int value) => target.Report(new RunProgress(value, yearCount));
}
