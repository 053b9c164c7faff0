using System.Collections.Concurrent;
using Sihui.ChainSim.Scenarios.Definitions;

namespace Sihui.ChainSim.Contracts;

/// <summary>
/// The definitions loaded lately, by everything they were loaded from (text, file name, variant, overrides, saved
/// variants). An analysis loads one column many times (its checks, the target, the tunables, the seed), and every load
/// reads, maps and validates the whole file. A definition is never changed once loaded, so an equal load shares it.
/// A load that fails is not kept: it fails again, with the same errors.
/// </summary>
internal static class RecentDefinitions
{
    // A page asks about a few columns at a time; more than this and the oldest are dropped together.
    private const int Capacity = 32;
    private static readonly ConcurrentDictionary<Key, ScenarioDefinition> Loaded = new();

    public static ScenarioDefinition GetOrLoad(RunRequest request, Func<RunRequest, ScenarioDefinition> load)
    {
        var key = Key.Of(request);
        if (Loaded.TryGetValue(key, out var definition))
        {
            return definition;
        }
        definition = load(request);
        if (Loaded.Count >= Capacity)
        {
            Loaded.Clear();
        }
        return Loaded.GetOrAdd(key, definition);
    }

    private sealed record Key(string Text, string File, string? Variant, IReadOnlyList<OverrideDefinition> Set, string? SavedText, string? SavedFile)
    {
        public static Key Of(RunRequest request)
        {
            var options = request.LoadOptions;
            return new Key(request.ScenarioText, request.FileName, options.Variant, [.. options.Set], options.SavedVariants?.Text, options.SavedVariants?.File);
        }

        // The overrides by value and in order (a record compares a list by reference).
        public bool Equals(Key? other) =>
            other is not null && Text == other.Text && File == other.File && Variant == other.Variant && SavedText == other.SavedText
            && SavedFile == other.SavedFile && Set.SequenceEqual(other.Set);

        public override int GetHashCode()
        {
            var hash = new HashCode();
            hash.Add(Text);
            hash.Add(File);
            hash.Add(Variant);
            hash.Add(SavedText);
            foreach (var item in Set)
            {
                hash.Add(item);
            }
            return hash.ToHashCode();
        }
    }
}
