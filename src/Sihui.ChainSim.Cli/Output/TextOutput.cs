using System.Text;
using Sihui.ChainSim.Reports;

namespace Sihui.ChainSim.Cli.Output;

/// <summary>Where a command that prints one text (a scenario, a schema) sends it: a file given by --out, or stdout.</summary>
public static class TextOutput
{
    public static async Task WriteAsync(CliConsole console, string? path, string text, CancellationToken cancellationToken)
    {
        if (path is null)
        {
            await console.Out.WriteAsync(text.AsMemory(), cancellationToken).ConfigureAwait(false);
            return;
        }
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }
        OutputFiles.WriteAtomically(path, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text));
        await console.Error.WriteLineAsync($"wrote {path}").ConfigureAwait(false);
    }
}
