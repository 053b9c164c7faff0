using System.Text;
using Sihui.ChainSim.Reports;

namespace Sihui.ChainSim.Reports.Tests;

/// <summary>The one way every command publishes its files: a staging folder swapped in for the target, and recovery from a killed write.</summary>
public sealed class OutputSetTests
{
    private static Dictionary<string, byte[]> Set(string tag) => new()
    {
        ["summary.json"] = Encoding.UTF8.GetBytes($"{{\"set\":\"{tag}\"}}"),
        ["report.md"] = Encoding.UTF8.GetBytes($"# {tag}"),
    };

    [Fact]
    public void A_new_set_replaces_the_old_one_whole_and_leaves_nothing_beside_it()
    {
        using var folder = new TempDirectory();
        var target = folder.File("out");
        OutputSet.Publish(target, new Dictionary<string, byte[]>(Set("old")) { ["fan-x.png"] = [1, 2, 3] });

        OutputSet.Publish(target, Set("new"));

        Assert.Equal(["report.md", "summary.json"], Directory.GetFiles(target).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal("# new", File.ReadAllText(Path.Combine(target, "report.md")));
        Assert.Equal(["out"], Directory.EnumerateFileSystemEntries(folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void A_file_written_as_a_stream_lands_whole_and_a_failing_writer_publishes_nothing()
    {
        using var folder = new TempDirectory();
        var target = folder.File("out");
        var big = Enumerable.Range(0, 200_000).Select(i => (byte)(i % 251)).ToArray();
        OutputSet.Publish(target, new Dictionary<string, Action<Stream>>
        {
            ["years.csv"] = stream => stream.Write(big.AsSpan(0, 70_000)),
            ["summary.json"] = stream =>
            {
                stream.Write(big.AsSpan(0, 1));
                stream.Write(big.AsSpan(1));
            },
        });
        Assert.Equal(big, File.ReadAllBytes(Path.Combine(target, "summary.json")));
        Assert.Equal(big[..70_000], File.ReadAllBytes(Path.Combine(target, "years.csv")));

        Assert.Throws<InvalidOperationException>(() => OutputSet.Publish(target, new Dictionary<string, Action<Stream>>
        {
            ["summary.json"] = stream => stream.Write(big.AsSpan(0, 10)),
            ["years.csv"] = _ => throw new InvalidOperationException("broken writer"),
        }));

        Assert.Equal(big, File.ReadAllBytes(Path.Combine(target, "summary.json")));
        Assert.Equal(["out"], Directory.EnumerateFileSystemEntries(folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void The_next_write_removes_stale_staging_folders_and_temporary_files_of_a_killed_run()
    {
        using var folder = new TempDirectory();
        var target = folder.File("out");
        OutputSet.Publish(target, Set("old"));
        // What a killed run leaves: a staging folder of a process that is gone, and a .tmp of the old per-file writer.
        var stale = Directory.CreateDirectory(folder.File(".out.staging-999999999-0123")).FullName;
        File.WriteAllText(Path.Combine(stale, "summary.json"), "{\"set\":\"half");
        File.WriteAllText(Path.Combine(target, ".summary.json.123.abc.tmp"), "half");

        OutputSet.Publish(target, Set("new"));

        Assert.Equal(["out"], Directory.EnumerateFileSystemEntries(folder.Path).Select(Path.GetFileName));
        Assert.Equal(["report.md", "summary.json"], Directory.GetFiles(target).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_set_moved_aside_but_not_replaced_is_restored_before_the_next_write()
    {
        using var folder = new TempDirectory();
        var target = folder.File("out");
        OutputSet.Publish(target, Set("old"));
        // Killed between the two renames of the fallback swap: the old set sits in the backup and the target is gone.
        Directory.Move(target, folder.File(".out.previous"));

        Assert.Throws<OperationCanceledException>(() => OutputSet.Publish(target, Set("new"), new CancellationToken(canceled: true)));

        Assert.Equal("# old", File.ReadAllText(Path.Combine(target, "report.md")));
        Assert.Equal(["out"], Directory.EnumerateFileSystemEntries(folder.Path).Select(Path.GetFileName));
    }

    [Theory]
    [InlineData("notes.txt")]
    [InlineData("scenario.yaml")]
    public void A_folder_holding_files_chainsim_does_not_write_is_never_replaced(string foreign)
    {
        using var folder = new TempDirectory();
        File.WriteAllText(folder.File(foreign), "mine");

        var error = Assert.Throws<IOException>(() => OutputSet.Publish(folder.Path, Set("new")));

        Assert.Contains(foreign, error.Message, StringComparison.Ordinal);
        Assert.Equal([foreign], Directory.EnumerateFileSystemEntries(folder.Path).Select(Path.GetFileName));
    }
}
