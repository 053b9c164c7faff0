using System.Collections.Concurrent;
using System.Security.Cryptography;
using Sihui.ChainSim.Scenarios.Definitions;
using Sihui.ChainSim.Scenarios.Loading;
using Sihui.ChainSim.Scenarios.Loading.Reading;
using Sihui.ChainSim.Scenarios.Loading.Tree;

namespace Sihui.ChainSim.Web.Catalog;

/// <summary>A scenario file as read at one moment: its text, hash, YAML tree and baseline definition.</summary>
public sealed record ScenarioSnapshot(string Text, string Sha256, YamlNode Tree, ScenarioDefinition Baseline);

/// <summary>
/// Reads scenario files once per change (keyed by size and write time), so a slider move does not re-read and
/// re-validate the file before the runner does.
/// </summary>
public sealed class ScenarioSnapshots
{
    private readonly ConcurrentDictionary<string, (DateTime Written, long Length, ScenarioSnapshot Snapshot)> _cache = new(StringComparer.Ordinal);

    /// <summary>The file's current snapshot; throws <see cref="ScenarioValidationException"/> when the file itself is invalid.</summary>
    public ScenarioSnapshot Get(ScenarioEntry entry)
    {
        var info = new FileInfo(entry.FilePath);
        var written = info.LastWriteTimeUtc;
        var length = info.Length;
        if (_cache.TryGetValue(entry.FilePath, out var cached) && cached.Written == written && cached.Length == length)
        {
            return cached.Snapshot;
        }
        var bytes = File.ReadAllBytes(entry.FilePath);
        var errors = new ErrorList();
        var text = SafeText.Decode(bytes, entry.FileName, errors);
        errors.ThrowIfAny();
        var tree = YamlTreeReader.Read(text!, entry.FileName, errors);
        errors.ThrowIfAny();
        var baseline = ScenarioLoader.LoadText(text!, entry.FileName);
        var snapshot = new ScenarioSnapshot(text!, Convert.ToHexStringLower(SHA256.HashData(bytes)), tree!, baseline);
        _cache[entry.FilePath] = (written, length, snapshot);
        return snapshot;
    }
}
