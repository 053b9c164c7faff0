namespace Sihui.ChainSim.Contracts.Tests;

/// <summary>
/// An engine's name is data: summary.json records it lower-cased as "engine", and <c>run --replay</c> reads old
/// summaries back by that name, so renaming a member would break every saved file.
/// </summary>
public sealed class EngineKindTests
{
    [Fact]
    public void The_engines_are_orleans_and_direct_by_name()
    {
        Assert.Equal(["orleans", "direct"], Enum.GetValues<EngineKind>().Select(e => e.ToString().ToLowerInvariant()));
    }

    [Theory]
    [InlineData("orleans", EngineKind.Orleans)]
    [InlineData("direct", EngineKind.Direct)]
    public void A_recorded_name_reads_back_as_its_engine(string recorded, EngineKind engine)
    {
        Assert.Equal(engine, Enum.Parse<EngineKind>(recorded, ignoreCase: true));
    }
}
