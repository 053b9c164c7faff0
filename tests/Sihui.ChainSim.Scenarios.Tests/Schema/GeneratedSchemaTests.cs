using System.Text.Json.Nodes;
using Sihui.ChainSim.Scenarios.Format;

namespace Sihui.ChainSim.Scenarios.Tests.Schema;

/// <summary>The schema is generated from the definition records, so the same records give the same text.</summary>
public sealed class GeneratedSchemaTests
{
    [Fact]
    public void Generation_is_stable_and_covers_the_top_level_keys()
    {
        var first = ScenarioSchema.Text();

        Assert.Equal(first, ScenarioSchema.Text());
        var properties = JsonNode.Parse(first)!["properties"]!.AsObject();
        foreach (var key in new[] { "scenario", "base_year", "end_year", "trials", "seed", "enterprises", "projects", "targets", "variants" })
        {
            Assert.True(properties.ContainsKey(key), $"the generated schema lacks the top-level key `{key}`");
        }
    }
}
