using System.Security.Cryptography;
using System.Text;
using Sihui.ChainSim.Scenarios.Definitions;
using Sihui.ChainSim.Scenarios.Loading.Reading;
using Sihui.ChainSim.Scenarios.Loading.Saved;

namespace Sihui.ChainSim.Scenarios.Loading;

/// <summary>
/// A scenario file read the one way every entry point reads it: strict UTF-8 (refused with the likely encoding
/// otherwise), its SHA-256, and the variants saved beside it.
/// </summary>
public sealed record ScenarioSource(string File, string Text, string Sha256, SavedVariantsText? SavedVariants)
{
    /// <summary>Reads <paramref name="path"/>; throws <see cref="ScenarioValidationException"/> when it cannot be used.</summary>
    public static ScenarioSource Read(string path)
    {
        var errors = new ErrorList();
        var text = SafeText.ReadFile(path, errors);
        errors.ThrowIfAny();
        var saved = SavedVariantFile.ReadBeside(path, errors);
        errors.ThrowIfAny();
        // Hash the bytes as stored; SafeText dropped a BOM, if any, from the text.
        var bytes = System.IO.File.ReadAllBytes(path);
        return new ScenarioSource(path, text!, Convert.ToHexStringLower(SHA256.HashData(bytes)), saved);
    }

    /// <summary>A source for text that did not come from a file (an upload, a test).</summary>
    public static ScenarioSource FromText(string text, string fileName, SavedVariantsText? saved = null) =>
        new(fileName, text, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))), saved);

    public ScenarioLoadOptions Options(string? variant = null, IReadOnlyList<OverrideDefinition>? set = null) =>
        new() { Variant = variant, Set = set ?? [], SavedVariants = SavedVariants };

    /// <summary>Loads and validates with the given variant and overrides.</summary>
    public ScenarioDefinition Load(string? variant = null, IReadOnlyList<OverrideDefinition>? set = null) =>
        ScenarioLoader.LoadText(Text, File, Options(variant, set));
}
