using Sihui.ChainSim.Analysis.Comparison;
using Sihui.ChainSim.Analysis.Runs;
using Sihui.ChainSim.Contracts;
using Sihui.ChainSim.Runner;
using Sihui.ChainSim.Runner.Engines;

namespace Sihui.ChainSim.Analysis.Tests.Support;

/// <summary>The runs behind the report tests: the two-industries scenario alone, and compared with its "push" variant.</summary>
public static class TestReports
{
    public static Task<RunOutcome> RunAsync() =>
        new DirectRunner().RunAsync(new RunRequest { ScenarioText = TestScenarios.TwoIndustries, FileName = "t.yaml", Trials = 200 });

    public static Task<ComparisonResult> CompareAsync() =>
        Comparer.RunAsync(new DirectRunner(),
            [TestScenarios.Column(TestScenarios.TwoIndustries), TestScenarios.Column(TestScenarios.TwoIndustries, "push")],
            new AnalysisSettings { Trials = 150 });
}
