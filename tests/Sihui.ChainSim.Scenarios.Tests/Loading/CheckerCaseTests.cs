using Sihui.ChainSim.Scenarios.Loading;

namespace Sihui.ChainSim.Scenarios.Tests.Loading;

public sealed class CheckerCaseTests
{
    [Fact]
    public void There_are_at_least_thirty_new_cases() => Assert.True(CheckerCases.Refused.Count + CheckerCases.Warned.Count >= 30);

    [Theory]
    [MemberData(nameof(RefusedNames))]
    public void What_cannot_be_meant_is_refused_with_file_line_and_field(string name)
    {
        var c = CheckerCases.Refused[name];

        var exception = Assert.Throws<ScenarioValidationException>(() => CaseLoader.Load(c));

        CaseLoader.AssertLocated(c, exception.Errors);
    }

    [Theory]
    [MemberData(nameof(WarnedNames))]
    public void The_implausible_loads_with_a_located_warning(string name)
    {
        var c = CheckerCases.Warned[name];

        var scenario = CaseLoader.Load(c);

        CaseLoader.AssertLocated(c, scenario.Warnings);
    }

    [Fact]
    public void A_plain_scenario_has_no_warnings() =>
        Assert.Empty(ScenarioLoader.LoadText(ScenarioTexts.Rich, "rich.yaml").Warnings);

    [Fact]
    public void A_column_summing_to_1_3_warns_when_the_inverse_exists_and_is_refused_when_it_does_not()
    {
        var warned = ScenarioLoader.LoadText(CheckerCases.Warned["linkage column sums to 1.3"].Text, "a.yaml");
        Assert.Contains(warned.Warnings, w => w.Message.Contains("sum to 1.3", StringComparison.Ordinal));

        var singular = MalformedCase.With("linkages:\n  - {supplier: jade, buyer: jade, coefficient: 1.3}");
        var refused = Assert.Throws<ScenarioValidationException>(() => ScenarioLoader.LoadText(singular, "b.yaml"));
        Assert.Contains(refused.Errors, e => e.Message.Contains("Leontief", StringComparison.Ordinal));
    }

    public static TheoryData<string> RefusedNames() => new(CheckerCases.Refused.Keys);

    public static TheoryData<string> WarnedNames() => new(CheckerCases.Warned.Keys);
}
