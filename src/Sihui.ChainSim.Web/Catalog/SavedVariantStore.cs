using System.Collections.Concurrent;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Sihui.ChainSim.Reports;
using Sihui.ChainSim.Scenarios.Definitions;
using Sihui.ChainSim.Scenarios.Loading;
using Sihui.ChainSim.Scenarios.Loading.Reading;
using Sihui.ChainSim.Scenarios.Loading.Tree;

namespace Sihui.ChainSim.Web.Catalog;

/// <summary>
/// Variants saved from the page, kept in a sidecar file beside the scenario (<c>NAME.variants.yaml</c>). The
/// sidecar is replaced atomically on each save; the user's scenario file is never written.
/// </summary>
public sealed class SavedVariantStore(ScenarioCatalog catalog)
{
    private static readonly JsonSerializerOptions Quoting = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _locks = new(StringComparer.Ordinal);

    /// <summary>The saved variants in save order; none when there is no sidecar.</summary>
    public IReadOnlyList<VariantDefinition> Read(ScenarioEntry entry)
    {
        if (!File.Exists(entry.SidecarPath))
        {
            return [];
        }
        if (!catalog.IsSafeSidecar(entry))
        {
            throw new SidecarException($"{Path.GetFileName(entry.SidecarPath)} is a link; saved variants are read only from a plain file");
        }
        var errors = new ErrorList();
        var text = SafeText.ReadFile(entry.SidecarPath, errors);
        var tree = text is null ? null : YamlTreeReader.Read(text, Path.GetFileName(entry.SidecarPath), errors);
        if (errors.Any || tree is null)
        {
            throw new SidecarException(string.Join("; ", errors.Items));
        }
        return Parse(tree, Path.GetFileName(entry.SidecarPath));
    }

    /// <summary>Adds a variant; false when the name is taken by a variant in the file or an earlier saved one.</summary>
    public async Task<bool> TryAddAsync(ScenarioEntry entry, VariantDefinition variant, IEnumerable<string> fileVariants, CancellationToken cancellationToken)
    {
        var gate = _locks.GetOrAdd(entry.SidecarPath, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var saved = Read(entry);
            if (fileVariants.Contains(variant.Name, StringComparer.Ordinal) || saved.Any(v => v.Name == variant.Name))
            {
                return false;
            }
            if (!catalog.IsSafeSidecar(entry))
            {
                throw new SidecarException($"{Path.GetFileName(entry.SidecarPath)} is a link; it will not be replaced");
            }
            OutputFiles.WriteAtomically(entry.SidecarPath, Write(entry, [.. saved, variant]));
            return true;
        }
        finally
        {
            gate.Release();
        }
    }

    private static IReadOnlyList<VariantDefinition> Parse(YamlNode tree, string file)
    {
        var variants = (tree as MappingNode)?.Get("variants");
        if (variants is ScalarNode { IsNull: true })
        {
            return [];
        }
        if (variants is not MappingNode mapping)
        {
            throw new SidecarException($"{file}: expected `variants:` mapping names to variants");
        }
        var result = new List<VariantDefinition>();
        foreach (var item in mapping.Entries)
        {
            var body = item.Value as MappingNode ?? throw new SidecarException($"{file}: variants.{item.Key.Value} must be a mapping");
            var description = body.Get("description") is ScalarNode d && !d.IsNull ? d.Value : "";
            var set = body.Get("set") switch
            {
                MappingNode m => m.Entries.Select(e => new OverrideDefinition(e.Key.Value, FlowWriter.Write(e.Value))).ToList(),
                null or ScalarNode { IsNull: true } => [],
                _ => throw new SidecarException($"{file}: variants.{item.Key.Value}.set must be a mapping of path: value"),
            };
            result.Add(new VariantDefinition(item.Key.Value, description, set));
        }
        return result;
    }

    /// <summary>Keys and text are written as JSON strings (valid YAML double-quoted scalars); values as one-line YAML flow.</summary>
    private static byte[] Write(ScenarioEntry entry, IReadOnlyList<VariantDefinition> variants)
    {
        var yaml = new StringBuilder();
        yaml.Append("# Variants saved from the `chainsim serve` page for ").Append(entry.FileName).Append('\n');
        yaml.Append("# Each applies its `set` like a variant in the scenario file; the scenario file itself is never changed.\n");
        yaml.Append("variants:\n");
        foreach (var variant in variants)
        {
            yaml.Append("  ").Append(Quote(variant.Name)).Append(":\n");
            yaml.Append("    description: ").Append(Quote(variant.Description)).Append('\n');
            yaml.Append("    set:").Append(variant.Set.Count == 0 ? " {}\n" : "\n");
            foreach (var item in variant.Set)
            {
                yaml.Append("      ").Append(Quote(item.Path)).Append(": ").Append(item.Value).Append('\n');
            }
        }
        return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(yaml.ToString());
    }

    private static string Quote(string text) => JsonSerializer.Serialize(text, Quoting);
}

/// <summary>The sidecar of saved variants cannot be read or written; the message is fit for the user.</summary>
public sealed class SidecarException(string message) : Exception(message);
