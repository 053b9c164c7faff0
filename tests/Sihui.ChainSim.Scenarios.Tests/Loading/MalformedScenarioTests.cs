using Sihui.ChainSim.Scenarios.Loading;

namespace Sihui.ChainSim.Scenarios.Tests.Loading;

public sealed class MalformedScenarioTests
{
    [Fact]
    public void The_suite_has_at_least_35_distinct_mistakes() => Assert.True(MalformedCases.All.Count >= 35);

    [Theory]
    [MemberData(nameof(Names))]
    public void Malformed_scenario_is_refused_with_a_located_error(string name)
    {
        var c = MalformedCases.All[name];

        var exception = Assert.Throws<ScenarioValidationException>(() => Load(c));

        var matching = exception.Errors.Where(e => e.Message.Contains(c.Fragment, StringComparison.Ordinal)).ToList();
        Assert.True(matching.Count > 0, $"no error contains \"{c.Fragment}\"; got:\n{exception.Message}");
        var error = matching[0];
        Assert.True(c.ExpectedLine == error.Line, $"expected line {c.ExpectedLine}, got {error}");
        if (c.Path is not null)
        {
            Assert.Equal(c.Path, error.Path);
        }
        Assert.Equal(c.File, error.File);
        Assert.StartsWith($"{error.File}:{error.Line}:{error.Column}", error.ToString(), StringComparison.Ordinal);
        Assert.True(error.Column >= 1);
    }

    public static TheoryData<string> Names() => MalformedCases.Names();

    private static void Load(MalformedCase c)
    {
        if (c.Bytes is null)
        {
            ScenarioLoader.LoadText(c.Text, c.File, c.Options);
            return;
        }
        var directory = Directory.CreateTempSubdirectory("chainsim-loader-");
        try
        {
            var path = Path.Combine(directory.FullName, c.File);
            File.WriteAllBytes(path, c.Bytes);
            try
            {
                ScenarioLoader.LoadFile(path, c.Options);
            }
            catch (ScenarioValidationException e)
            {
                // The file name in errors is the full temp path; compare by the case's short name.
                throw new ScenarioValidationException(e.Errors.Select(x => x with { File = Path.GetFileName(x.File) }).ToList());
            }
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
