using System.Globalization;

namespace Sihui.ChainSim.Reports;

/// <summary>
/// Publishes a command's output files as one set: all of them are written into a staging folder beside the target,
/// which then takes the target's place in one rename, so a reader sees the old set or the new one and never a mix.
/// </summary>
public static class OutputSet
{
    /// <summary>Set to a number of milliseconds to pause before each step of the write phase; tests use it to kill a run mid-write.</summary>
    public const string StepDelayVariable = "CHAINSIM_OUTPUT_STEP_DELAY_MS";

    private const string StagingMarker = ".staging-";
    private const string BackupSuffix = ".previous";

    // Large enough that streamed writers reach the disk in few system calls.
    private const int WriteBufferBytes = 1 << 16;

    private static readonly HashSet<string> OutputExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".json", ".csv", ".md", ".html", ".png", ".svg", ".xlsx", OutputFiles.TempSuffix,
    };

    /// <summary>
    /// Replaces the folder <paramref name="directory"/> with exactly <paramref name="files"/>. Leftovers of a killed
    /// earlier write are cleared first. Nothing is published once <paramref name="cancellationToken"/> is cancelled.
    /// </summary>
    public static void Publish(string directory, IReadOnlyDictionary<string, byte[]> files, CancellationToken cancellationToken = default) =>
        Publish(directory, files.ToDictionary(f => f.Key, f => (Func<byte[]>)(() => f.Value)), cancellationToken);

    /// <summary>
    /// The same, for contents made as they are written (charts, say): nothing is rendered for a set that fails its
    /// checks or is cancelled first.
    /// </summary>
    public static void Publish(string directory, IReadOnlyDictionary<string, Func<byte[]>> files, CancellationToken cancellationToken = default) =>
        Publish(directory, files.ToDictionary(f => f.Key, f => (Action<Stream>)(stream => stream.Write(f.Value()))), cancellationToken);

    /// <summary>
    /// The same, for contents written straight into their file, so a large file never has to exist whole in memory.
    /// </summary>
    public static void Publish(string directory, IReadOnlyDictionary<string, Action<Stream>> files, CancellationToken cancellationToken = default)
    {
        var target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory));
        var parent = Path.GetDirectoryName(target) ?? throw new ArgumentException($"cannot write outputs into the root folder {target}");
        var name = Path.GetFileName(target);
        Directory.CreateDirectory(parent);
        Recover(parent, name);
        CheckReplaceable(target);

        var staging = Path.Combine(parent, $".{name}{StagingMarker}{Environment.ProcessId.ToString(CultureInfo.InvariantCulture)}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(staging);
        try
        {
            foreach (var (file, content) in files)
            {
                Step(cancellationToken);
                using var stream = new FileStream(Path.Combine(staging, file), FileMode.CreateNew, FileAccess.Write, FileShare.None, WriteBufferBytes);
                content(stream);
                stream.Flush(flushToDisk: true);
            }
            Step(cancellationToken);
            Swap(staging, target, Path.Combine(parent, $".{name}{BackupSuffix}"));
        }
        finally
        {
            // After a swap the staging path holds the old set (or nothing); before it, an unpublished set.
            DeleteFolder(staging);
        }
    }

    /// <summary>Undoes what a killed write left: restores a set moved aside but not replaced, and removes stale staging folders.</summary>
    private static void Recover(string parent, string name)
    {
        var target = Path.Combine(parent, name);
        var backup = Path.Combine(parent, $".{name}{BackupSuffix}");
        if (Directory.Exists(backup))
        {
            if (Directory.Exists(target))
            {
                DeleteFolder(backup);
            }
            else
            {
                Directory.Move(backup, target);
            }
        }
        foreach (var stale in Directory.EnumerateDirectories(parent, $".{name}{StagingMarker}*"))
        {
            if (!IsOwnedByLiveProcess(stale))
            {
                DeleteFolder(stale);
            }
        }
    }

    /// <summary>Only a folder that holds nothing but output files is replaced, so a mistaken --out never deletes a user's work.</summary>
    private static void CheckReplaceable(string target)
    {
        if (File.Exists(target))
        {
            throw new IOException($"cannot write outputs to {target}: it is a file, not a folder");
        }
        if (!Directory.Exists(target))
        {
            return;
        }
        if (new DirectoryInfo(target).LinkTarget is not null)
        {
            throw new IOException($"cannot write outputs to {target}: it is a symbolic link; name the real folder");
        }
        var foreign = Directory.EnumerateFileSystemEntries(target)
            .FirstOrDefault(e => Directory.Exists(e) || !OutputExtensions.Contains(Path.GetExtension(e)));
        if (foreign is not null)
        {
            throw new IOException(
                $"cannot write outputs to {target}: the folder is replaced as a whole, and it holds {Path.GetFileName(foreign)}, "
                + "which no chainsim command writes; choose a new or empty folder");
        }
    }

    /// <summary>Puts <paramref name="staging"/> in <paramref name="target"/>'s place; afterwards <paramref name="staging"/> holds the old set, if any.</summary>
    private static void Swap(string staging, string target, string backup)
    {
        if (!Directory.Exists(target))
        {
            Directory.Move(staging, target);
            return;
        }
        if (DirectoryExchange.TryExchange(staging, target))
        {
            return;
        }
        // Without an atomic exchange the target is briefly absent (never mixed); the next run restores a lost backup.
        Directory.Move(target, backup);
        Directory.Move(staging, target);
        Directory.Move(backup, staging);
    }

    private static bool IsOwnedByLiveProcess(string staging)
    {
        var name = Path.GetFileName(staging);
        var start = name.LastIndexOf(StagingMarker, StringComparison.Ordinal) + StagingMarker.Length;
        var dash = name.IndexOf('-', start);
        if (dash < 0 || !int.TryParse(name.AsSpan(start, dash - start), NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
            || pid == Environment.ProcessId)
        {
            return false;
        }
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static void Step(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (int.TryParse(Environment.GetEnvironmentVariable(StepDelayVariable), NumberStyles.None, CultureInfo.InvariantCulture, out var ms) && ms > 0)
        {
            Thread.Sleep(ms);
            cancellationToken.ThrowIfCancellationRequested();
        }
    }

    private static void DeleteFolder(string path)
    {
        try
        {
            if (Directory.Exists(path))
            {
                Directory.Delete(path, recursive: true);
            }
        }
        catch (IOException)
        {
            // Left for the next run's recovery.
        }
        catch (UnauthorizedAccessException)
        {
            // Left for the next run's recovery.
        }
    }
}
