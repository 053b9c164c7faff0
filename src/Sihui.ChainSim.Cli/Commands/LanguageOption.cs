using System.CommandLine;
using Sihui.ChainSim.Scenarios.Definitions;

namespace Sihui.ChainSim.Cli.Commands;

/// <summary>
/// <c>--lang zh|en</c>, shared by every command that writes reports or console tables: the language of report.md,
/// report.html, the tables and the chart labels. Without it, the scenario's <c>language:</c> decides, else Chinese.
/// Machine-readable output (summary.json, --json) is the same in both.
/// </summary>
public sealed class LanguageOption
{
    private readonly Option<string?> _option;

    /// <param name="defaultText">What decides without --lang, as --help says it.</param>
    public LanguageOption(string defaultText = "the scenario's language:, else zh")
    {
        _option = new("--lang")
        {
            HelpName = "zh|en",
            Description = $"Language of reports, console tables and chart labels: zh (Chinese) or en (English) [default: {defaultText}]. "
                + "JSON and CSV files are the same in both.",
        };
        _option.AcceptOnlyFromAmong("zh", "en");
    }

    public void AddTo(Command command) => command.Options.Add(_option);

    /// <summary>The language asked for, or null to follow the scenario.</summary>
    public ScenarioLanguage? Read(ParseResult parsed) => Labels.Parse(parsed.GetValue(_option));
}
