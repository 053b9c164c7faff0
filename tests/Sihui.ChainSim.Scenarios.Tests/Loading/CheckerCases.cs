using System.Text;
using Sihui.ChainSim.Scenarios.Definitions;
using Sihui.ChainSim.Scenarios.Loading;
using static Sihui.ChainSim.Scenarios.Tests.Loading.MalformedCase;

namespace Sihui.ChainSim.Scenarios.Tests.Loading;

/// <summary>
/// Files that once loaded without a word: refused now when they cannot be meant (wrong encoding, empty, too long,
/// negative durations, overflow), or warned about when they run but are probably a slip.
/// </summary>
internal static class CheckerCases
{
    private const string Growth = "growth: {dist: normal, mean: 0.05, sd: 0.02}";
    private const string Project = "projects:\n  - id: p1\n    industry: copper\n    park: hitech\n    investment: 1\n";

    /// <summary>Refusals: each must fail to load with the error at its line and path.</summary>
    public static readonly IReadOnlyDictionary<string, MalformedCase> Refused = new Dictionary<string, MalformedCase>
    {
        // Encodings.
        ["GBK file"] = new("", "it looks like GBK/GB18030", "") { Line = 1, Bytes = Gbk("scenario: 四会 test\n") },
        ["GBK file, Chinese on a later line"] = new("", "iconv -f GBK -t UTF-8", "") { Line = 3, Bytes = Gbk("scenario: x\nbase_year: 2024\ndescription: 铜产业链\n") },
        ["GB18030 four-byte character"] = new("", "iconv -f GB18030 -t UTF-8", "") { Line = 1, Bytes = [.. "scenario: "u8, 0x81, 0x30, 0x81, 0x30, .. "\n"u8] },
        ["UTF-16LE with BOM"] = new("", "it looks like UTF-16LE", "") { Line = 1, Bytes = Utf16(littleEndian: true, bom: true) },
        ["UTF-16BE with BOM"] = new("", "it looks like UTF-16BE", "") { Line = 1, Bytes = Utf16(littleEndian: false, bom: true) },
        ["UTF-16LE without BOM"] = new("", "iconv -f UTF-16LE -t UTF-8", "") { Line = 1, Bytes = Utf16(littleEndian: true, bom: false) },
        ["Latin-1 file"] = new("", "it looks like Windows-1252 or Latin-1", "") { Line = 2, Bytes = [.. "scenario: x\nname: caf"u8, 0xE9, .. "\n"u8] },

        // Nothing to simulate.
        ["empty scenario"] = new("scenario: empty\nbase_year: 2024\nend_year: 2030\n", "the scenario is empty", "") { Line = 1 },
        ["industries and a park only"] = new("scenario: e\nbase_year: 2024\nend_year: 2030\nindustries:\n  - id: copper\nparks:\n  - id: hitech\n", "nothing to simulate", "") { Line = 1 },

        // Horizons.
        ["2,000-year horizon"] = new(Edit("end_year: 2030", "end_year: 4024 #!"), "is 2000 years; at most 100 are allowed", "end_year"),
        ["101-year horizon"] = new(Edit("end_year: 2030", "end_year: 2125 #!"), "is 101 years", "end_year"),
        ["horizon set past a century"] = new(ScenarioTexts.Minimal, "at most 100 are allowed", "end_year")
        {
            Line = 1, File = "--set", Options = new ScenarioLoadOptions { Set = [new OverrideDefinition("end_year", "2500")] },
        },

        // Negative durations.
        ["negative build_years"] = new(With(Project + "    build_years: -1 #!"), "build_years is a number of years and cannot be negative, got -1", "projects.p1.build_years"),
        ["build_years range below zero"] = new(With(Project + "    build_years: {dist: uniform, min: -2, max: 3} #!"), "cannot be negative, got -2", "projects.p1.build_years"),
        ["negative commission_years"] = new(With(Project + "    commission_years: -1 #!"), "commission_years is a number of years", "projects.p1.commission_years"),
        ["negative build_years in a park template"] = new(
            Edit("  - id: hitech", "  - id: hitech\n    attraction:\n      projects_per_year: 1\n      investment_per_project: 1\n      industry_mix: {copper: 1}\n      project: {build_years: -3} #!"),
            "cannot be negative, got -3", "parks.hitech.attraction.project.build_years"),
        ["negative build_years in a chain master template"] = new(
            Edit(Growth, Growth + "\n    chain_master:\n      suppliers_per_year: 1\n      investment: 1\n      industry: jade\n      project: {build_years: -1} #!"),
            "cannot be negative", "enterprises.jintian.chain_master.project.build_years"),
        ["negative build_years by --set"] = new(With(Project), "cannot be negative, got -2", "projects.p1.build_years")
        {
            Line = 1, File = "--set", Options = new ScenarioLoadOptions { Set = [new OverrideDefinition("projects.p1.build_years", "-2")] },
        },

        // Overflow to infinity.
        ["output of 1e308"] = new(Edit("output: 100", "output: 1e308 #!"), "the results would be Infinity", "enterprises.jintian.output"),
        ["large output with large growth"] = new(Edit("output: 100", "output: 1e298 #!").Replace(Growth, "growth: 9"), "past the largest number a run can hold", "enterprises.jintian.output"),
        ["output of 1e308 by --set"] = new(ScenarioTexts.Minimal, "the results would be Infinity", "enterprises.jintian.output")
        {
            Line = 1, File = "--set", Options = new ScenarioLoadOptions { Set = [new OverrideDefinition("enterprises.jintian.output", "1e308")] },
        },
        ["investment times output overflows"] = new(With(Project.Replace("investment: 1", "investment: 1e200 #!") + "    output_per_investment: 1e200"), "overflows the numbers a run can hold", "projects.p1.investment"),
    };

    /// <summary>Warnings: each loads, with the warning at its line and path.</summary>
    public static readonly IReadOnlyDictionary<string, MalformedCase> Warned = new Dictionary<string, MalformedCase>
    {
        ["growth of 800% a year"] = new(Edit(Growth, "growth: {dist: normal, mean: 8, sd: 0.02} #!"), "growth averages 800% a year", "enterprises.jintian.growth"),
        ["capacity below output"] = new(Edit("output: 100", "output: 100\n    capacity: 50 #!"), "capacity 50 is below the base-year output 100", "enterprises.jintian.capacity"),
        ["project needs more land than the park ever has"] = new(
            Edit("  - id: hitech", "  - id: hitech\n    land_mu: 1000\n    land_additions: {2026: 300}") + "\n" + Project + "    land_mu: 5000 #!",
            "needs 5,000 mu, but park 'hitech' never has more than 1,300 mu", "projects.p1.land_mu"),
        ["linkage column sums to 1.3"] = new(With("linkages:\n  - {supplier: copper, buyer: jade, coefficient: 0.7} #!\n  - {supplier: jade, buyer: jade, coefficient: 0.6}"), "into buyer 'jade' sum to 1.3", "linkages[0]"),
        ["land addition after the horizon"] = new(Edit("  - id: hitech", "  - id: hitech\n    land_mu: 100\n    land_additions: {2040: 300} #!"), "year 2040 is outside the simulated years 2025..2030", "parks.hitech.land_additions.2040"),
        ["power addition before the horizon"] = new(Edit("  - id: hitech", "  - id: hitech\n    power_mw: 10\n    power_additions: {2020: 5} #!"), "year 2020 is outside the simulated years", "parks.hitech.power_additions.2020"),
        ["capacity addition after the horizon"] = new(Edit("output: 100", "output: 100\n    capacity: 200\n    capacity_additions: {2035: 50} #!"), "so this addition is never used", "enterprises.jintian.capacity_additions.2035"),
        ["tunable's file value outside its range"] = new(
            Edit("output: 100", "output: 100 #!") + "\ntunables:\n  - {path: enterprises.jintian.output, label: x, min: 0, max: 50, step: 1}",
            "the file's value 100 lies outside the tunable's range 0 to 50", "enterprises.jintian.output"),
        ["--set value outside a tunable's range"] = new(
            With("tunables:\n  - {path: enterprises.jintian.growth.mean, label: g, min: 0, max: 0.2, step: 0.01}"),
            "the value set 0.45 lies outside the tunable's range 0 to 0.2", "enterprises.jintian.growth.mean")
        {
            Line = 1, File = "--set", Options = new ScenarioLoadOptions { Set = [new OverrideDefinition("enterprises.jintian.growth.mean", "0.45")] },
        },
    };

    private static byte[] Gbk(string text)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GBK").GetBytes(text);
    }

    private static byte[] Utf16(bool littleEndian, bool bom)
    {
        var encoding = new UnicodeEncoding(bigEndian: !littleEndian, byteOrderMark: bom);
        return [.. encoding.GetPreamble(), .. encoding.GetBytes(ScenarioTexts.Minimal)];
    }
}
