using System.Globalization;
using System.Text;
using Sihui.ChainSim.Scenarios.Definitions;
using Sihui.ChainSim.Scenarios.Generation;

namespace Sihui.ChainSim.Scenarios.Import;

/// <summary>
/// Writes imported enterprises and projects as scenario YAML, one key a line, so every number carries the
/// <c># source: FILE, sheet S, row R</c> comment the scenarios' provenance rule asks for.
/// </summary>
public static class ImportedYaml
{
    /// <summary>A number as the cell held it: the shortest text that reads back as the same double, never in exponent form.</summary>
    public static string Number(double value)
    {
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        return text.Contains('E', StringComparison.Ordinal) ? value.ToString("0.####################", CultureInfo.InvariantCulture) : text;
    }

    /// <summary>Free text as one double-quoted YAML line (a cell may hold line breaks).</summary>
    public static string Text(string text) => YamlText.Quote(string.Join(' ', text.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries)).Trim());

    public static string Enterprises(IReadOnlyList<ImportedEnterprise> enterprises, ImportOptions options, string rosterFile)
    {
        var yaml = new StringBuilder(enterprises.Count * 260);
        yaml.Append("# Enterprises imported by `chainsim import` from ").Append(rosterFile).Append("; output and capacity in 亿元 at base-year prices.\n");
        yaml.Append("enterprises:\n");
        foreach (var e in enterprises)
        {
            yaml.Append("  - id: ").Append(e.Id).Append('\n')
                .Append("    name: ").Append(Text(e.Name)).Append('\n')
                .Append("    industry: ").Append(e.Industry).Append('\n');
            if (e.Park is not null)
            {
                yaml.Append("    park: ").Append(e.Park).Append('\n');
            }
            Line(yaml, "output", Number(e.Output), e.Source);
            if (e.Capacity is { } capacity)
            {
                Line(yaml, "capacity", Number(capacity), e.Source);
            }
            var mean = Number(e.Growth ?? options.DefaultGrowth);
            var sd = Number(e.GrowthSd ?? options.DefaultGrowthSd);
            var growth = $"{{dist: normal, mean: {mean}, sd: {sd}}}";
            if (e.Growth is not null && e.GrowthSd is not null)
            {
                Line(yaml, "growth", growth, e.Source);
            }
            else
            {
                var missing = e.Growth is null && e.GrowthSd is null ? "growth and no growth spread" : e.Growth is null ? "growth" : "growth spread";
                yaml.Append("    growth: ").Append(growth).Append("  # source: ").Append(e.Source)
                    .Append("; assumption: the row has no ").Append(missing).Append(", so chainsim import's default is used\n");
            }
        }
        return yaml.Append('\n').ToString();
    }

    public static string Projects(IReadOnlyList<ImportedProject> projects, string ledgerFile)
    {
        var yaml = new StringBuilder(projects.Count * 400);
        yaml.Append("# Projects imported by `chainsim import` from ").Append(ledgerFile).Append("; investment and output in 亿元.\n");
        yaml.Append("projects:\n");
        foreach (var p in projects)
        {
            yaml.Append("  - id: ").Append(p.Id).Append('\n')
                .Append("    name: ").Append(Text(p.Name)).Append('\n')
                .Append("    industry: ").Append(p.Industry).Append('\n');
            if (p.Park is not null)
            {
                yaml.Append("    park: ").Append(p.Park).Append('\n');
            }
            yaml.Append("    stage: ").Append(StageWords.Key(p.Stage)).Append("  # source: ").Append(p.Source).Append(" (").Append(p.StageWord).Append(")\n");
            Line(yaml, "investment", Number(p.Investment), p.Source);
            if (p.LandMu is { } land)
            {
                Line(yaml, "land_mu", Number(land), p.Source);
            }
            if (p.PowerMw is { } power)
            {
                Line(yaml, "power_mw", Number(power), p.Source);
            }
            if (p.BuildYears is { } build)
            {
                Line(yaml, "build_years", build.ToString(CultureInfo.InvariantCulture), $"{p.Source} ({p.BuildYearsFrom})");
            }
            if (p.OutputPerInvestment is { } perInvestment)
            {
                Line(yaml, "output_per_investment", Number(perInvestment), $"{p.Source} ({p.OutputFrom})");
            }
        }
        return yaml.Append('\n').ToString();
    }

    private static void Line(StringBuilder yaml, string key, string value, string source) =>
        yaml.Append("    ").Append(key).Append(": ").Append(value).Append("  # source: ").Append(source).Append('\n');
}
