using Sihui.ChainSim.Cli.Commands;
using Sihui.ChainSim.Contracts;

namespace Sihui.ChainSim.Cli.Tests;

/// <summary>The embedded silo started ahead of the first run: a command may stop before using it, and dispose twice.</summary>
public sealed class CliRunnersTests
{
    [Fact]
    public async Task A_silo_warming_up_is_stopped_by_a_dispose_and_a_second_dispose_is_harmless()
    {
        var console = new CliConsole(new StringWriter(), new StringWriter());
        var (runners, problem) = await CliRunners.CreateAsync(console, RunnerChoice.Of(EngineKind.Orleans, clusterAsked: false, redis: null, clusterId: null));
        Assert.Null(problem);

        runners!.WarmUp();
        runners.WarmUp();
        await runners.DisposeAsync();
        await runners.DisposeAsync();
    }
}
