using System.ComponentModel;
using System.Text.Json.Nodes;
using Sihui.ChainSim.Scenarios.Definitions;
using Sihui.ChainSim.Scenarios.Format;
using Sihui.ChainSim.Scenarios.Loading;
using Sihui.ChainSim.Scenarios.Loading.Mapping;
using Sihui.ChainSim.Scenarios.Loading.Reading;
using Sihui.ChainSim.Scenarios.Loading.Tree;
using Sihui.ChainSim.Scenarios.Loading.Validation;

namespace Sihui.ChainSim.Scenarios.Tests.Format;

/// <summary>
/// A new optional number with a range costs one property on its record: the reader, the range check and the
/// schema all follow from it. <see cref="PricedIndustry"/> stands for a record that grew a field.
/// </summary>
public sealed class NewFieldTests
{
    [Fact]
    public void The_new_field_is_read_with_its_default_when_absent()
    {
        var (record, errors) = Read("id: copper\nmean_reversion: 0.3\n");
        var (defaulted, _) = Read("id: copper\n");

        Assert.Empty(errors);
        Assert.Equal(0.3, record!.MeanReversion);
        Assert.Equal(0.5, defaulted!.MeanReversion);
    }

    [Fact]
    public void A_value_outside_its_range_is_refused_at_its_line()
    {
        var (_, errors) = Read("id: copper\nmean_reversion: 1.5\n");

        var error = Assert.Single(errors);
        Assert.Equal((2, "mean_reversion", "mean_reversion must be between 0 and 1, got 1.5"), (error.Line, error.Path, error.Message));
    }

    [Fact]
    public void A_misspelt_new_key_gets_a_suggestion()
    {
        var (_, errors) = Read("id: copper\nmean_revertion: 0.3\n");

        Assert.Contains(errors, e => e.Message == "unknown key `mean_revertion` (did you mean `mean_reversion`?)");
    }

    [Fact]
    public void The_new_field_is_in_the_generated_schema_with_its_range_and_default()
    {
        var schema = ScenarioSchema.Generate(typeof(PricedIndustry));

        var field = schema["properties"]!["mean_reversion"]!.AsObject();
        Assert.Equal(("number", 0.0, 1.0, 0.5), ((string)field["type"]!, (double)field["minimum"]!, (double)field["maximum"]!, (double)field["default"]!));
        Assert.Equal("Share of a price gap closed each year.", (string)field["description"]!);
        Assert.DoesNotContain("mean_reversion", schema["required"]!.AsArray().Select(k => (string)k!));
    }

    private static (PricedIndustry? Record, IReadOnlyList<ScenarioError> Errors) Read(string yaml)
    {
        var errors = new ErrorList();
        var tree = YamlTreeReader.Read(yaml, "new.yaml", errors)!;
        var context = new MappingContext(errors, new SourceMap(new SourceMark("new.yaml", 1, 1)));
        var record = RecordReader.Read<PricedIndustry>(tree, "", context);
        var scenario = new ScenarioDefinition { Name = "t", BaseYear = 2024, EndYear = 2030 };
        var validation = new ValidationContext(scenario, context.Marks, errors);
        foreach (var check in context.Checks)
        {
            check(validation);
        }
        return (record, errors.Items);
    }

    /// <summary>An industry record with the one new line a model issue would add.</summary>
    private sealed record PricedIndustry
    {
        [IdPattern]
        public required string Id { get; init; }

        [Between(0, 1), Description("Share of a price gap closed each year.")]
        public double MeanReversion { get; init; } = 0.5;
    }
}
