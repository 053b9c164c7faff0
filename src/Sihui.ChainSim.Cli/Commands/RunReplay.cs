using System.Text.Json;
using Sihui.ChainSim.Contracts;
using Sihui.ChainSim.Reports;

namespace Sihui.ChainSim.Cli.Commands;

/// <summary>
/// What a summary.json says was run, read back for <c>run --replay</c>: the scenario file and its hash, the variant,
/// every override with its source, trials, seed, the last simulated year and the engine.
/// </summary>
public sealed record RunReplay(
    string SummaryPath,
    string ScenarioFile,
    string ScenarioSha256,
    string? Variant,
    IReadOnlyList<RunOverride> Overrides,
    int Trials,
    ulong Seed,
    int EndYear,
    EngineKind Engine,
    string Version)
{
    /// <summary>Reads <paramref name="path"/>; throws <see cref="CliInputException"/> naming the field that is missing or wrong.</summary>
    public static RunReplay Read(string path)
    {
        CliChecks.RequireFile(path, "--replay");
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(File.ReadAllBytes(path));
        }
        catch (JsonException ex)
        {
            throw new CliInputException($"--replay {path}: not a summary.json ({CliText.OneLine(ex.Message)})");
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new CliInputException($"--replay {path}: not a summary.json (the top level is not an object)");
            }
            var fields = new Fields(path, root);
            return new RunReplay(
                path,
                fields.String("scenario_file"),
                fields.String("scenario_sha256"),
                fields.OptionalString("variant"),
                fields.Overrides(),
                fields.Int("trials"),
                fields.UInt64("seed"),
                fields.Int("end_year"),
                fields.String("engine") == "direct" ? EngineKind.Direct : EngineKind.Orleans,
                fields.String("version"));
        }
    }

    /// <summary>The overrides to apply as --set entries, with the variant's own left to the variant when the file has it.</summary>
    public IReadOnlyList<RunOverride> Extra(bool variantFromFile) =>
        variantFromFile ? [.. Overrides.Where(o => o.Source != RunOverride.FromVariant(Variant!))] : Overrides;

    private sealed class Fields(string path, JsonElement root)
    {
        public string String(string name) =>
            Get(name) is { ValueKind: JsonValueKind.String } e ? e.GetString()! : throw Missing(name, "a string");

        public string? OptionalString(string name) => Get(name) switch
        {
            { ValueKind: JsonValueKind.String } e => e.GetString(),
            { ValueKind: JsonValueKind.Null } => null,
            _ => throw Missing(name, "a string or null"),
        };

        public int Int(string name) =>
            Get(name) is { ValueKind: JsonValueKind.Number } e && e.TryGetInt32(out var v) ? v : throw Missing(name, "a whole number");

        public ulong UInt64(string name) =>
            Get(name) is { ValueKind: JsonValueKind.Number } e && e.TryGetUInt64(out var v) ? v : throw Missing(name, "a whole number");

        public IReadOnlyList<RunOverride> Overrides()
        {
            if (Get("overrides") is not { ValueKind: JsonValueKind.Array } array)
            {
                throw Missing("overrides", "a list (summaries written before overrides were recorded cannot be replayed)");
            }
            var list = new List<RunOverride>();
            foreach (var item in array.EnumerateArray())
            {
                var entry = new Fields(path, item);
                list.Add(new RunOverride(entry.String("path"), entry.String("value"), entry.String("source")));
            }
            return list;
        }

        private JsonElement? Get(string name) =>
            root.ValueKind == JsonValueKind.Object && root.TryGetProperty(name, out var value) ? value : null;

        private CliInputException Missing(string name, string expected) =>
            new($"--replay {path}: `{name}` must be {expected}");
    }
}
