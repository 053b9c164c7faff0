using Sihui.ChainSim.Scenarios.Definitions;
using Sihui.ChainSim.Scenarios.Loading;

namespace Sihui.ChainSim.Scenarios.Tests.Loading;

/// <summary>Loads a case from its text, or from a temp file for byte cases, with file names shortened to the case's.</summary>
internal static class CaseLoader
{
    public static ScenarioDefinition Load(MalformedCase c)
    {
        if (c.Bytes is null)
        {
            return ScenarioLoader.LoadText(c.Text, c.File, c.Options);
        }
        var directory = Directory.CreateTempSubdirectory("chainsim-loader-");
        try
        {
            var path = Path.Combine(directory.FullName, c.File);
            File.WriteAllBytes(path, c.Bytes);
            try
            {
                return ScenarioLoader.LoadFile(path, c.Options);
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

    /// <summary>The first problem holding the case's fragment is at the case's file, line and path.</summary>
    public static void AssertLocated(MalformedCase c, IReadOnlyList<ScenarioError> problems)
    {
        var matching = problems.Where(e => e.Message.Contains(c.Fragment, StringComparison.Ordinal)).ToList();
        Assert.True(matching.Count > 0, $"nothing contains \"{c.Fragment}\"; got:\n{string.Join("\n", problems)}");
        var problem = matching[0];
        Assert.True(c.ExpectedLine == problem.Line, $"expected line {c.ExpectedLine}, got {problem}");
        if (c.Path is not null)
        {
            Assert.Equal(c.Path, problem.Path);
        }
        Assert.Equal(c.File, problem.File);
        Assert.True(problem.Column >= 1);
    }
}
