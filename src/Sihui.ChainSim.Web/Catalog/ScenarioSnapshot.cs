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
/// Reads scenario files once per change (keyed by size and write time), so a slider move or a listing does not
/// re-read and re-validate the file. A file that does not load is cached with its errors too: a flood of errors
/// is paid once, not on every <c>GET /api/scenarios</c>. One entry per file of the served folder, no more.
/// </summary>
public sealed class ScenarioSnapshots
{
    // Lazy, so that requests arriving together while a big file is read share one read instead of each doing it.
    private readonly ConcurrentDictionary<string, Lazy<Read>> _cache = new(StringComparer.Ordinal);

    /// <summary>The file's current snapshot; throws <see cref="ScenarioValidationException"/> when the file itself is invalid.</summary>
    public ScenarioSnapshot Get(ScenarioEntry entry)
    {
        var info = new FileInfo(entry.FilePath);
        var written = info.LastWriteTimeUtc;
        var length = info.Length;
        var fresh = new Lazy<Read>(() => ReadFile(entry, written, length));
        var current = _cache.AddOrUpdate(entry.FilePath, fresh,
            (_, old) => old.IsValueCreated && (old.Value.Written != written || old.Value.Length != length) ? fresh : old);
        var read = current.Value;
        return read.Snapshot ?? throw read.Refused!;
    }

    /// <summary>Forgets files no longer served, so the cache never outgrows the folder.</summary>
    public void KeepOnly(IEnumerable<ScenarioEntry> entries)
    {
        var served = entries.Select(e => e.FilePath).ToHashSet(StringComparer.Ordinal);
        foreach (var path in _cache.Keys.Where(p => !served.Contains(p)))
        {
            _cache.TryRemove(path, out _);
        }
    }

    private static Read ReadFile(ScenarioEntry entry, DateTime written, long length)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(entry.FilePath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Unreadable(entry, written, length, ex);
        }
        try
        {
            var errors = new ErrorList();
            var text = SafeText.Decode(bytes, entry.FileName, errors);
            errors.ThrowIfAny();
            // Loaded first: a file that does not load is then parsed once, not twice.
            var baseline = ScenarioLoader.LoadText(text!, entry.FileName);
            var tree = YamlTreeReader.Read(text!, entry.FileName, errors);
            errors.ThrowIfAny();
            return new Read(written, length, new ScenarioSnapshot(text!, Convert.ToHexStringLower(SHA256.HashData(bytes)), tree!, baseline), null);
        }
        catch (ScenarioValidationException ex)
        {
            return new Read(written, length, null, ex);
        }
    }

    private static Read Unreadable(ScenarioEntry entry, DateTime written, long length, Exception ex) =>
        new(written, length, null, new ScenarioValidationException([new ScenarioError(entry.FileName, 1, 1, "", $"the file cannot be read: {ex.Message}")]));

    private sealed record Read(DateTime Written, long Length, ScenarioSnapshot? Snapshot, ScenarioValidationException? Refused);
}
