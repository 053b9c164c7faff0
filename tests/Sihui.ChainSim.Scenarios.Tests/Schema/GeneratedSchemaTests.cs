using Sihui.ChainSim.Scenarios.Format;

namespace Sihui.ChainSim.Scenarios.Tests.Schema;

/// <summary>schemas/scenario.schema.json is generated from the definition records, never edited by hand.</summary>
public sealed class GeneratedSchemaTests
{
    /// <summary>Set to 1 to rewrite the schema file from the records instead of comparing.</summary>
    public const string RewriteVariable = "CHAINSIM_WRITE_SCHEMA";

    [Fact]
    public void Checked_in_schema_is_the_one_the_records_generate()
    {
        var generated = ScenarioSchema.Text();
        if (Environment.GetEnvironmentVariable(RewriteVariable) == "1")
        {
            File.WriteAllText(ShippedScenarioFiles.SchemaPath, generated);
        }

        var onDisk = File.ReadAllText(ShippedScenarioFiles.SchemaPath);

        Assert.True(generated == onDisk,
            $"schemas/scenario.schema.json is stale or was edited by hand; regenerate it from the records with\n" +
            $"  {RewriteVariable}=1 dotnet test tests/Sihui.ChainSim.Scenarios.Tests --filter Checked_in_schema_is_the_one_the_records_generate");
    }
}
