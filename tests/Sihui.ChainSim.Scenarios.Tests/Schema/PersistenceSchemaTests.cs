using System.Text.Json.Nodes;
using Sihui.ChainSim.Scenarios.Format;

namespace Sihui.ChainSim.Scenarios.Tests.Schema;

/// <summary>The yearly draws point at a DIST that allows `persistence` in [0, 1); other draws do not allow it.</summary>
public sealed class PersistenceSchemaTests
{
    private static readonly JsonNode Schema = JsonNode.Parse(ScenarioSchema.Text())!;

    [Theory]
    [InlineData("enterprise", "growth")]
    [InlineData("industry", "shock")]
    [InlineData("economy", "shock")]
    public void Yearly_draws_refer_to_the_yearly_dist(string record, string key) =>
        Assert.Equal("#/$defs/yearly_dist", Reference(record, key));

    [Fact]
    public void Other_draws_refer_to_the_plain_dist() =>
        Assert.Equal("#/$defs/dist", Reference("attraction", "projects_per_year"));

    [Fact]
    public void Every_yearly_shape_allows_persistence_below_one_and_plain_shapes_do_not()
    {
        foreach (var (name, allowed) in new[] { ("yearly_dist", true), ("dist", false) })
        {
            var shapes = Schema["$defs"]![name]!["oneOf"]!.AsArray().Skip(1).ToList();
            Assert.Equal(DistributionKind.All.Count, shapes.Count);
            foreach (var shape in shapes)
            {
                var persistence = shape!["properties"]![DistributionKind.Persistence.Name];
                if (!allowed)
                {
                    Assert.Null(persistence);
                    continue;
                }
                Assert.Equal(0, persistence!["minimum"]!.GetValue<double>());
                Assert.Equal(1, persistence["exclusiveMaximum"]!.GetValue<double>());
                Assert.Null(persistence["maximum"]);
                Assert.DoesNotContain("persistence", shape["required"]!.AsArray().Select(k => k!.GetValue<string>()));
            }
        }
    }

    private static string Reference(string record, string key)
    {
        var definition = Schema["$defs"]![record] ?? throw new Xunit.Sdk.XunitException($"no $defs entry {record}");
        return definition["properties"]![key]!["$ref"]!.GetValue<string>();
    }
}
