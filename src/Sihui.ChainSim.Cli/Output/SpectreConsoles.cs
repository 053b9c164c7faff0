using Spectre.Console;

namespace Sihui.ChainSim.Cli.Output;

/// <summary>Creates Spectre consoles over the CLI's writer: colour and live output only on an interactive terminal.</summary>
public static class SpectreConsoles
{
    public const int RedirectedWidth = 140;

    public static IAnsiConsole For(CliConsole console)
    {
        var ansi = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = console.IsInteractive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = console.IsInteractive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = console.IsInteractive ? InteractionSupport.Yes : InteractionSupport.No,
            Out = new AnsiConsoleOutput(console.Out),
        });
        if (!console.IsInteractive)
        {
            ansi.Profile.Width = RedirectedWidth;
        }
        return ansi;
    }
}
