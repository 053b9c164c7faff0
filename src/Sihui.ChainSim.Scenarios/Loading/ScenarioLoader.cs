using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using Sihui.ChainSim.Scenarios.Definitions;
using Sihui.ChainSim.Scenarios.Format;
using Sihui.ChainSim.Scenarios.Loading.Mapping;
using Sihui.ChainSim.Scenarios.Loading.Overrides;
using Sihui.ChainSim.Scenarios.Loading.Reading;
using Sihui.ChainSim.Scenarios.Loading.Saved;
using Sihui.ChainSim.Scenarios.Loading.Tree;
using Sihui.ChainSim.Scenarios.Loading.Validation;

namespace Sihui.ChainSim.Scenarios.Loading;

/// <summary>Reads a scenario file into a validated <see cref="ScenarioDefinition"/>, or throws <see cref="ScenarioValidationException"/>.</summary>
/// <remarks>Pipeline: safe text, YAML tree, overrides (variant, then --set), mapping, validation; every variant is checked too.</remarks>
public static class ScenarioLoader
{
    /// <summary>Loads a file; without <paramref name="options"/>, with the variants saved beside it.</summary>
    public static ScenarioDefinition LoadFile(string path, ScenarioLoadOptions? options = null)
    {
        var source = ScenarioSource.Read(path);
        return Load(source.Text, path, options ?? source.Options());
    }

    public static ScenarioDefinition LoadText(string text, string fileName, ScenarioLoadOptions? options = null)
    {
        var errors = new ErrorList();
        var checkedText = SafeText.Check(text, fileName, errors);
        errors.ThrowIfAny();
        return Load(checkedText!, fileName, options ?? new ScenarioLoadOptions());
    }

    private static ScenarioDefinition Load(string text, string file, ScenarioLoadOptions options)
    {
        var errors = new ErrorList();
        var (tree, working, variants, applied) = Overridden(text, file, options, errors);
        var warnings = new ErrorList();
        var others = variants.Where(v => v.Definition.Name != applied).ToList();
        // With nothing applied, the main pass maps the file as it stands: its errors are the baseline.
        var mainIsBaseline = applied is null && options.Set.Count == 0;
        var checkKey = new VariantCheckKey(text, file, options.SavedVariants?.Text, options.SavedVariants?.File, applied, mainIsBaseline);
        var known = others.Count == 0 ? [] : VariantChecks.GetValueOrDefault(checkKey);
        var needsBaseline = known is null && !mainIsBaseline;
        // The main pass, each other variant and the baseline each map a tree of their own, so they run side by side:
        // a large scenario with variants is mapped several times, and that was most of its loading time.
        ScenarioDefinition scenario = null!;
        var checks = known is null ? others.Count : 0;
        var found = new ErrorList[checks];
        ErrorList? baselineErrors = null;
        var jobs = 1 + checks + (needsBaseline ? 1 : 0);
        var failures = new ExceptionDispatchInfo?[jobs];
        Parallel.For(0, jobs, job =>
        {
            try
            {
                if (job == 0)
                {
                    scenario = MapAndValidate(working, tree, file, applied, errors, warnings);
                }
                else if (job <= checks)
                {
                    found[job - 1] = VariantErrors(tree, file, others[job - 1]);
                }
                else
                {
                    baselineErrors = new ErrorList();
                    MapAndValidate(tree.Clone(), tree, file, null, baselineErrors);
                }
            }
            catch (Exception e)
            {
                failures[job] = ExceptionDispatchInfo.Capture(e);
            }
        });
        // A pass that throws does so as it would have alone, the main pass first, then the variants in their order.
        foreach (var failure in failures)
        {
            failure?.Throw();
        }
        if (known is null)
        {
            var baseline = (mainIsBaseline ? errors : baselineErrors)!.Items.Select(e => e.ToString()).ToHashSet();
            known = Remember(checkKey, VariantErrors(others, found, baseline));
        }
        foreach (var error in known)
        {
            errors.Add(error);
        }
        var paths = new ErrorPaths(working);
        if (errors.Any)
        {
            // Items is already capped, its last line counting the rest; naming must keep that count.
            throw new ScenarioValidationException(paths.Name(errors.Items).ToList());
        }
        var saved = variants.Where(v => v.Definition.Saved).Select(v => v.Definition);
        return scenario with { Variants = [.. scenario.Variants, .. saved], Warnings = paths.Name(warnings.Items).ToList() };
    }

    /// <summary>The file's tree, and a copy with the selected variant and then the --set overrides written in.</summary>
    internal static (YamlNode File, YamlNode Working, IReadOnlyList<VariantSource> Variants, string? Applied) Overridden(
        string text, string file, ScenarioLoadOptions options, ErrorList errors)
    {
        var tree = YamlTreeReader.Read(text, file, errors);
        errors.ThrowIfAny();
        if (tree is not MappingNode)
        {
            errors.Add(tree!.Mark, "", $"the top level must be a mapping with keys such as `scenario:` and `base_year:`, got {tree.Describe()}");
            errors.ThrowIfAny();
        }
        var variants = ReadVariants(tree!, file).Concat(ReadSaved(tree!, file, options, errors)).ToList();
        var working = tree!.Clone();
        var applied = ApplySelectedVariant(working, variants, options.Variant, file, errors);
        foreach (var item in options.Set)
        {
            var value = OverrideApplier.ParseValue(item.Value, errors);
            if (value is not null)
            {
                var at = new SourceMark(OverrideApplier.CommandLineFile, 1, 1);
                OverrideApplier.Apply(working, item.Path, value, at, "", errors);
            }
        }
        return (tree, working, variants, applied);
    }

    private static ScenarioDefinition MapAndValidate(
        YamlNode tree, YamlNode fileTree, string file, string? variant, ErrorList errors, ErrorList? warnings = null)
    {
        var context = new MappingContext(errors, new SourceMap(new SourceMark(file, 1, 1)));
        var scenario = RecordReader.Read<ScenarioDefinition>(tree, "", context)! with { AppliedVariant = variant };
        ScenarioValidator.Validate(scenario, context, fileTree, errors, tree, warnings);
        return scenario;
    }

    private static IReadOnlyList<VariantSource> ReadVariants(YamlNode tree, string file)
    {
        // Structural errors in `variants` are reported by the main mapping pass; this pass only needs the entries.
        var scratch = new MappingContext(new ErrorList(), new SourceMap(new SourceMark(file, 1, 1)));
        return VariantMapper.Variants(new MapReader(tree, "", scratch, FormatType.Of<ScenarioDefinition>().Keys));
    }

    /// <summary>The sidecar's variants; a name the file already uses is an error in the sidecar.</summary>
    private static IEnumerable<VariantSource> ReadSaved(YamlNode tree, string file, ScenarioLoadOptions options, ErrorList errors)
    {
        if (options.SavedVariants is not { } sidecar)
        {
            return [];
        }
        var inFile = ReadVariants(tree, file).Select(v => v.Definition.Name).ToHashSet(StringComparer.Ordinal);
        var saved = new List<VariantSource>();
        foreach (var variant in SavedVariantFile.Parse(sidecar, errors))
        {
            if (inFile.Contains(variant.Definition.Name))
            {
                var at = variant.Entries.FirstOrDefault()?.Key.Mark ?? new SourceMark(sidecar.File, 1, 1);
                errors.Add(at, $"variants.{variant.Definition.Name}", $"a variant named '{variant.Definition.Name}' is already in {file}; rename the saved one");
                continue;
            }
            saved.Add(variant with { Definition = variant.Definition with { Saved = true } });
        }
        return saved;
    }

    private static string? ApplySelectedVariant(
        YamlNode working, IReadOnlyList<VariantSource> variants, string? name, string file, ErrorList errors)
    {
        if (name is null)
        {
            return null;
        }
        var variant = variants.FirstOrDefault(v => v.Definition.Name == name);
        if (variant is null)
        {
            var names = variants.Select(v => v.Definition.Name).ToList();
            var available = names.Count == 0 ? "the file defines no variants" : $"available: {string.Join(", ", names)}";
            var at = (working as MappingNode)?.Find("variants")?.Key.Mark ?? new SourceMark(file, 1, 1);
            errors.Add(at, "variants", $"unknown variant '{name}'{Suggest.Hint(name, names, '\'')}; {available}");
            return null;
        }
        Apply(working, variant, $"variants.{name}.set", errors);
        return name;
    }

    private static void Apply(YamlNode working, VariantSource variant, string errorPath, ErrorList errors)
    {
        foreach (var entry in variant.Entries)
        {
            OverrideApplier.Apply(working, entry.Key.Value, entry.Value.Clone(), entry.Key.Mark, errorPath, errors);
        }
    }

    // The other variants' errors, by what they depend on: the file, the saved variants and the selected variant, never
    // the --set values (a baseline given is the main pass's with nothing set). A page or an analysis loads one file with
    // many overrides, and each load would map and validate every other variant again.
    private const int RememberedVariantChecks = 16;
    private static readonly ConcurrentDictionary<VariantCheckKey, IReadOnlyList<ScenarioError>> VariantChecks = new();

    private sealed record VariantCheckKey(string Text, string File, string? SavedText, string? SavedFile, string? Applied, bool MainPassBaseline);

    private static IReadOnlyList<ScenarioError> Remember(VariantCheckKey key, IReadOnlyList<ScenarioError> errors)
    {
        if (VariantChecks.Count >= RememberedVariantChecks)
        {
            VariantChecks.Clear();
        }
        return VariantChecks.GetOrAdd(key, errors);
    }

    /// <summary>The errors of a variant that was not selected, applied to a copy, so `validate` also catches broken variants.</summary>
    private static ErrorList VariantErrors(YamlNode tree, string file, VariantSource variant)
    {
        var found = new ErrorList();
        var copy = tree.Clone();
        Apply(copy, variant, "", found);
        MapAndValidate(copy, tree, file, null, found);
        return found;
    }

    /// <summary>Each variant's errors that the file without it does not have already, named under the variant, in order.</summary>
    private static List<ScenarioError> VariantErrors(IReadOnlyList<VariantSource> variants, ErrorList[] found, HashSet<string> baseline)
    {
        var errors = new List<ScenarioError>();
        for (var v = 0; v < variants.Count; v++)
        {
            var prefix = $"variants.{variants[v].Definition.Name}";
            foreach (var error in found[v].Items.Where(e => !baseline.Contains(e.ToString())))
            {
                errors.Add(error with { Path = error.Path.Length == 0 ? prefix : $"{prefix}: {error.Path}" });
            }
        }
        return errors;
    }
}
