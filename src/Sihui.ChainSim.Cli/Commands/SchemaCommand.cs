using System.CommandLine;
using Sihui.ChainSim.Cli.Output;
using Sihui.ChainSim.Scenarios.Format;

namespace Sihui.ChainSim.Cli.Commands;

/// <summary><c>chainsim schema</c>: the JSON Schema of the scenario format, generated from the definition records.</summary>
public static class SchemaCommand
{
    public static Command Create(CliConsole console)
    {
        var outFile = new Option<string?>("--out", "-o") { HelpName = "FILE", Description = "Write to this file instead of stdout." };
        var command = new Command("schema", """
            Print the JSON Schema of the scenario format, for editors that check YAML as you type.
            The schema is generated from the format's definition records, so it always matches what the loader
            accepts. Every build writes it to schemas/scenario.schema.json, which the shipped scenarios name in
            their first line (# yaml-language-server: $schema=../schemas/scenario.schema.json).
            Example: chainsim schema --out schemas/scenario.schema.json
            """)
        {
            outFile,
        };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            await TextOutput.WriteAsync(console, parsed.GetValue(outFile), ScenarioSchema.Text(), cancellationToken).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }
}
