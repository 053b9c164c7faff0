using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Sihui.ChainSim.Scenarios.Definitions;
using Sihui.ChainSim.Scenarios.Loading.Mapping;
using Sihui.ChainSim.Scenarios.Loading.Reading;
using Sihui.ChainSim.Scenarios.Loading.Tree;

namespace Sihui.ChainSim.Scenarios.Loading.Saved;

/// <summary>
/// The sidecar <c>NAME.variants.yaml</c> beside <c>NAME.yaml</c>: variants saved from the page, in the same form as a
/// scenario's <c>variants:</c> section. The CLI and the web both read it here, so a saved variant is a variant everywhere.
/// </summary>
public static class SavedVariantFile
{
    public const string Suffix = ".variants.yaml";
    private static readonly JsonSerializerOptions Quoting = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static bool IsSidecar(string path) => path.EndsWith(Suffix, StringComparison.Ordinal);

    /// <summary><c>dir/a.yaml</c> → <c>dir/a.variants.yaml</c>.</summary>
    public static string SidecarOf(string scenarioPath) =>
        Path.Combine(Path.GetDirectoryName(scenarioPath) ?? "", Path.GetFileNameWithoutExtension(scenarioPath) + Suffix);

    /// <summary><c>dir/a.variants.yaml</c> → <c>dir/a.yaml</c>.</summary>
    public static string ScenarioOf(string sidecarPath) => sidecarPath[..^Suffix.Length] + ".yaml";

    /// <summary>The sidecar beside <paramref name="scenarioPath"/> when there is one; null otherwise or when it cannot be read.</summary>
    public static SavedVariantsText? ReadBeside(string scenarioPath, ErrorList errors)
    {
        var sidecar = SidecarOf(scenarioPath);
        if (!File.Exists(sidecar))
        {
            return null;
        }
        var text = SafeText.ReadFile(sidecar, errors);
        return text is null ? null : new SavedVariantsText(text, sidecar);
    }

    /// <summary>The sidecar's variants with their set entries; structural problems are located in the sidecar.</summary>
    public static IReadOnlyList<VariantSource> Parse(SavedVariantsText saved, ErrorList errors)
    {
        var checkedText = SafeText.Check(saved.Text, saved.File, errors);
        var tree = checkedText is null ? null : YamlTreeReader.Read(checkedText, saved.File, errors);
        if (tree is null)
        {
            return [];
        }
        var context = new MappingContext(errors, new SourceMap(new SourceMark(saved.File, 1, 1)));
        var top = new MapReader(tree, "", context, ["variants"]);
        return top.IsMapping ? VariantMapper.Variants(top) : [];
    }

    /// <summary>The saved variants as definitions, each marked <see cref="VariantDefinition.Saved"/>.</summary>
    public static IReadOnlyList<VariantDefinition> Definitions(SavedVariantsText saved, ErrorList errors) =>
        Parse(saved, errors).Select(v => v.Definition with { Saved = true }).ToList();

    /// <summary>Keys and text are written as JSON strings (valid YAML double-quoted scalars); values as one-line YAML flow.</summary>
    public static byte[] Write(string scenarioFileName, IReadOnlyList<VariantDefinition> variants)
    {
        var yaml = new StringBuilder();
        yaml.Append("# Variants saved from the `chainsim serve` page for ").Append(scenarioFileName).Append('\n');
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
