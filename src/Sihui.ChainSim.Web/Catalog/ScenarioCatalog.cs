using Microsoft.Extensions.Options;

namespace Sihui.ChainSim.Web.Catalog;

/// <summary>
/// The scenarios under the served folder (or the one served file). Names are looked up among the files found
/// there, never joined onto a path, and a file whose real location (symlinks followed) is outside the folder is
/// neither listed nor served.
/// </summary>
public sealed class ScenarioCatalog
{
    public const int MaxNameLength = 128;
    private readonly string _root;
    private readonly string? _onlyFile;

    public ScenarioCatalog(IOptions<WebOptions> options)
    {
        var path = Path.GetFullPath(options.Value.ScenarioPath);
        if (File.Exists(path))
        {
            _root = RealPath(Path.GetDirectoryName(path)!);
            _onlyFile = Path.GetFileName(path);
        }
        else
        {
            _root = RealPath(path);
        }
    }

    /// <summary>The served folder, symlinks resolved.</summary>
    public string Root => _root;

    public IReadOnlyList<ScenarioEntry> List()
    {
        if (!Directory.Exists(_root))
        {
            return [];
        }
        return Directory.EnumerateFiles(_root)
            .Where(IsScenarioFile)
            .Where(f => _onlyFile is null || Path.GetFileName(f) == _onlyFile)
            .Where(IsInsideRoot)
            .Select(ToEntry)
            .OrderBy(e => e.Name, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Finds a scenario by its name; names that could climb out of the folder are refused before any lookup.</summary>
    public ScenarioLookup Find(string name)
    {
        var decoded = Uri.UnescapeDataString(name);
        if (NameProblem(decoded) is { } problem)
        {
            return ScenarioLookup.BadName(problem);
        }
        var entry = List().FirstOrDefault(e => e.Name == decoded);
        return entry is null
            ? ScenarioLookup.NotFound($"no scenario named '{decoded}' is served here")
            : ScenarioLookup.Found(entry);
    }

    /// <summary>Why a name is not a plain scenario name (null when it is): no separators, no dot-dot, no rooted paths.</summary>
    public static string? NameProblem(string name)
    {
        if (name.Length == 0 || name.Length > MaxNameLength)
        {
            return $"a scenario name has 1 to {MaxNameLength} characters";
        }
        if (name.Contains("..", StringComparison.Ordinal) || name.StartsWith('.') || Path.IsPathRooted(name)
            || !name.All(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '.'))
        {
            return "a scenario name is a file name without its extension: letters, digits, '-', '_' and '.', and no path";
        }
        return null;
    }

    /// <summary>True when the sidecar may be read and replaced: absent, or a plain file (not a link) inside the folder.</summary>
    public bool IsSafeSidecar(ScenarioEntry entry)
    {
        var info = new FileInfo(entry.SidecarPath);
        return info.LinkTarget is null && string.Equals(RealPath(Path.GetDirectoryName(info.FullName)!), _root, StringComparison.Ordinal);
    }

    /// <summary>The folder beside the scenarios that holds their history files.</summary>
    public const string HistoryFolder = "history";

    /// <summary>
    /// The history shipped for a scenario: <c>history/NAME-history.csv</c> in the served folder, else the same with a
    /// trailing <c>-YEAR</c> taken off the name (<c>sihui-2024</c> takes <c>history/sihui-history.csv</c>). Only a
    /// plain file, not a link, whose folder really is the served folder's <c>history</c>; null when there is none.
    /// </summary>
    public string? ShippedHistory(ScenarioEntry entry)
    {
        var folder = Path.Combine(_root, HistoryFolder);
        var dash = entry.Name.LastIndexOf('-');
        var stems = new List<string> { entry.Name };
        if (dash > 0 && entry.Name[(dash + 1)..] is { Length: 4 } year && year.All(char.IsAsciiDigit))
        {
            stems.Add(entry.Name[..dash]);
        }
        foreach (var stem in stems)
        {
            var info = new FileInfo(Path.Combine(folder, stem + "-history.csv"));
            if (info.Exists && info.LinkTarget is null && string.Equals(RealPath(folder), Path.Combine(_root, HistoryFolder), StringComparison.Ordinal))
            {
                return info.FullName;
            }
        }
        return null;
    }

    private static bool IsScenarioFile(string file)
    {
        var name = Path.GetFileName(file);
        return (name.EndsWith(".yaml", StringComparison.Ordinal) || name.EndsWith(".yml", StringComparison.Ordinal))
            && !name.EndsWith(ScenarioEntry.SidecarSuffix, StringComparison.Ordinal)
            && !name.StartsWith('.')
            && NameProblem(Path.GetFileNameWithoutExtension(name)) is null;
    }

    private bool IsInsideRoot(string file)
    {
        try
        {
            var real = new FileInfo(file).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? Path.GetFullPath(file);
            // Only files directly in the served folder: a link to a file anywhere else is refused.
            return File.Exists(real) && string.Equals(RealPath(Path.GetDirectoryName(real)!), _root, StringComparison.Ordinal);
        }
        catch (IOException)
        {
            return false;
        }
    }

    private ScenarioEntry ToEntry(string file)
    {
        var name = Path.GetFileNameWithoutExtension(file);
        return new ScenarioEntry(name, file, Path.Combine(_root, name + ScenarioEntry.SidecarSuffix));
    }

    /// <summary>The path with every symlinked component resolved, so comparisons see where files really are.</summary>
    private static string RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full) ?? "/";
        var current = root;
        foreach (var part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            var next = Path.Combine(current, part);
            var target = Directory.Exists(next) ? new DirectoryInfo(next).ResolveLinkTarget(returnFinalTarget: true) : null;
            current = target is null ? next : RealPath(target.FullName);
        }
        return current;
    }
}
