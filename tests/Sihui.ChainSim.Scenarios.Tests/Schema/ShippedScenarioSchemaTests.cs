using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using Sihui.ChainSim.Scenarios.Format;

namespace Sihui.ChainSim.Scenarios.Tests.Schema;

/// <summary>Every shipped scenario validates against the schema generated from the records, and broken copies do not.</summary>
public sealed class ShippedScenarioSchemaTests
{
    private const string Baseline = "scenarios/sihui-2024.yaml";

    // Built once: the schema is immutable and building it again is wasted work.
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(ScenarioSchema.Text()));

    public static TheoryData<string> Files => ShippedScenarioFiles.All();

    [Fact]
    public void Scenarios_folder_ships_the_baseline_and_the_examples()
    {
        var paths = ShippedScenarioFiles.RelativePaths();
        Assert.Contains(Baseline, paths);
        Assert.Contains("scenarios/examples/tutorial.yaml", paths);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Shipped_scenario_is_valid(string relativePath)
    {
        var instance = YamlToJson.Convert(File.ReadAllText(ShippedScenarioFiles.FullPath(relativePath)));

        var errors = Evaluate(instance);

        Assert.True(errors.Count == 0, $"{relativePath} does not match the schema:{Environment.NewLine}{string.Join(Environment.NewLine, errors)}");
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Shipped_scenario_names_the_schema_for_editors(string relativePath)
    {
        var firstLine = File.ReadLines(ShippedScenarioFiles.FullPath(relativePath)).First();
        var depth = relativePath.Count(c => c == '/');
        var expected = $"# yaml-language-server: $schema={string.Concat(Enumerable.Repeat("../", depth))}schemas/scenario.schema.json";

        Assert.Equal(expected, firstLine);
    }

    [Fact]
    public void Unknown_key_is_rejected()
    {
        var instance = LoadBaseline();
        instance["enterprises"]![0]!["outptu"] = 1;

        var errors = Evaluate(instance);

        Assert.Contains(errors, e => e.StartsWith("/enterprises/0", StringComparison.Ordinal));
    }

    [Fact]
    public void Unknown_top_level_key_is_rejected()
    {
        var instance = LoadBaseline();
        instance["trails"] = 100;

        Assert.NotEmpty(Evaluate(instance));
    }

    [Fact]
    public void Wrong_distribution_name_is_rejected()
    {
        var instance = LoadBaseline();
        instance["economy"]!["shock"]!["dist"] = "gaussian";

        var errors = Evaluate(instance);

        Assert.Contains(errors, e => e.StartsWith("/economy/shock", StringComparison.Ordinal));
    }

    [Fact]
    public void Distribution_with_a_foreign_parameter_is_rejected()
    {
        var instance = LoadBaseline();
        instance["economy"]!["shock"] = new JsonObject { ["dist"] = "poisson", ["lambda"] = 2 };

        Assert.NotEmpty(Evaluate(instance));
    }

    [Fact]
    public void Unknown_stage_is_rejected()
    {
        var instance = LoadBaseline();
        instance["projects"]![0]!["stage"] = "negotiating";

        Assert.Contains(Evaluate(instance), e => e.StartsWith("/projects/0/stage", StringComparison.Ordinal));
    }

    [Fact]
    public void Unknown_metric_is_rejected()
    {
        var instance = LoadBaseline();
        instance["targets"]![0]!["metric"] = "gdp";

        Assert.Contains(Evaluate(instance), e => e.StartsWith("/targets/0/metric", StringComparison.Ordinal));
    }

    [Fact]
    public void Target_with_both_thresholds_is_rejected()
    {
        var instance = LoadBaseline();
        instance["targets"]![0]!["at_most"] = 2000;

        Assert.NotEmpty(Evaluate(instance));
    }

    private static JsonNode LoadBaseline() =>
        YamlToJson.Convert(File.ReadAllText(ShippedScenarioFiles.FullPath(Baseline)))
        ?? throw new InvalidOperationException($"{Baseline} is empty.");

    /// <summary>Validates and returns the errors as "instance-location: keyword: message" lines; empty when valid.</summary>
    private static List<string> Evaluate(JsonNode? instance)
    {
        using var document = JsonDocument.Parse(instance?.ToJsonString() ?? "null");
        var results = Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (results.IsValid)
        {
            return [];
        }
        var errors = new List<string>();
        foreach (var detail in results.Details ?? [])
        {
            foreach (var (keyword, message) in detail.Errors ?? new Dictionary<string, string>())
            {
                errors.Add($"{detail.InstanceLocation}: {keyword}: {message} (schema {detail.EvaluationPath})");
            }
        }
        if (errors.Count == 0)
        {
            errors.Add("invalid, with no detail reported");
        }
        return errors;
    }
}
