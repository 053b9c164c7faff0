using Sihui.ChainSim.Scenarios.Format;
using Sihui.ChainSim.TestSupport;

namespace Sihui.ChainSim.Cli.Tests.Commands;

/// <summary>The scenario schema is generated from the records: `chainsim schema` prints it, and every build writes it.</summary>
public sealed class SchemaCommandTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Prints_the_schema_the_records_generate()
    {
        var result = await CliHarness.RunAsync("schema");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(ScenarioSchema.Text(), result.Out);
        Assert.Contains("\"mean\"", result.Out);
    }

    [Fact]
    public async Task Out_writes_the_same_schema_to_a_file()
    {
        var file = _temp.File("nested/scenario.schema.json");

        var result = await CliHarness.RunAsync("schema", "--out", file);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.Equal(ScenarioSchema.Text(), File.ReadAllText(file));
    }

    [Fact]
    public void The_build_wrote_the_schema_where_scenarios_point_editors()
    {
        // The Cli project's build (which this test project depends on) writes the file; it is not checked in.
        Assert.True(File.Exists(RepositoryPaths.SchemaPath), $"{RepositoryPaths.SchemaPath} is missing after the build");
        Assert.Equal(ScenarioSchema.Text(), File.ReadAllText(RepositoryPaths.SchemaPath));
    }
}
