using System.Text;
using Sihui.ChainSim.Scenarios.Definitions;
using Sihui.ChainSim.Scenarios.Loading;
using static Sihui.ChainSim.Scenarios.Tests.Loading.MalformedCase;

namespace Sihui.ChainSim.Scenarios.Tests.Loading;

/// <summary>The malformed-file suite: each named case is one distinct mistake.</summary>
internal static class MalformedCases
{
    private const string Growth = "growth: {dist: normal, mean: 0.05, sd: 0.02}";

    public static readonly IReadOnlyDictionary<string, MalformedCase> All = new Dictionary<string, MalformedCase>
    {
        // Types and keys.
        ["number is text"] = new(Edit("output: 100", "output: abc #!"), "expected a number, got 'abc'", "enterprises.jintian.output"),
        ["number is quoted"] = new(Edit("output: 100", "output: \"100\" #!"), "expected a number, got '100'", "enterprises.jintian.output"),
        ["year is fractional"] = new(Edit("base_year: 2024", "base_year: 2024.5 #!"), "expected a whole number", "base_year"),
        ["list is a scalar"] = new(Edit("parks:\n  - id: hitech", "parks: hitech #!"), "expected a list, got 'hitech'", "parks"),
        ["item is not a mapping"] = new(Edit("  - id: jade", "  - jade #!"), "expected a mapping with keys like `id`", "industries[1]"),
        ["unknown key with suggestion"] = new(Edit("output: 100", "outpt: 100 #!"), "unknown key `outpt` (did you mean `output`?)", "enterprises.jintian.outpt"),
        ["unknown top-level key"] = new(Edit("end_year: 2030", "end_yaer: 2030 #!"), "unknown key `end_yaer` (did you mean `end_year`?)", "end_yaer"),
        ["unknown key without suggestion"] = new(With("weather: sunny #!"), "unknown key `weather`; the keys allowed here are", "weather"),
        ["missing required key"] = new(Edit("  - id: jintian\n", "  - id: jintian #!\n").Replace("\n    " + Growth, ""), "missing required key `growth`", "enterprises.jintian.growth"),
        ["missing scenario name"] = new(Edit("scenario: test\n", "description: x #!\n"), "missing required key `scenario`", "scenario"),
        ["duplicate key"] = new(Edit("output: 100", "output: 100\n    output: 200 #!"), "duplicate key `output`", null),
        ["bad id characters"] = new(Edit("- id: jade", "- id: jade stone #!"), "may hold only letters, digits", "industries[1].id"),
        ["unknown project stage"] = new(With("projects:\n  - id: p1\n    industry: copper\n    investment: 1\n    stage: singed #!"), "unknown stage 'singed' (did you mean 'signed'?)", "projects.p1.stage"),
        ["infinite number"] = new(Edit("output: 100", "output: .inf #!"), "expected a number", "enterprises.jintian.output"),

        // Distributions.
        ["wrong distribution name"] = new(Edit(Growth, "growth: {dist: normla, mean: 0.05, sd: 0.02} #!"), "unknown distribution 'normla' (did you mean 'normal'?)", "enterprises.jintian.growth.dist"),
        ["missing distribution parameter"] = new(Edit(Growth, "growth: {dist: normal, mean: 0.05} #!"), "missing parameter `sd` for a normal distribution", "enterprises.jintian.growth.sd"),
        ["wrong distribution parameter"] = new(Edit(Growth, "growth: {dist: normal, mean: 0.05, sd: 0.02, sigma: 1} #!"), "unknown key `sigma`", "enterprises.jintian.growth.sigma"),
        ["distribution is text"] = new(Edit(Growth, "growth: fast #!"), "expected a number or a distribution", "enterprises.jintian.growth"),
        ["negative sd"] = new(Edit(Growth, "growth: {dist: normal, mean: 0.05, sd: -0.02} #!"), "sd must be >= 0", "enterprises.jintian.growth.sd"),
        ["triangular mode outside"] = new(Edit(Growth, "growth: {dist: triangular, min: 0, mode: 2, max: 1} #!"), "mode (2) must lie between", "enterprises.jintian.growth.mode"),
        ["uniform max below min"] = new(Edit(Growth, "growth: {dist: uniform, min: 2, max: 1} #!"), "uniform max (1) must be >= min (2)", "enterprises.jintian.growth.max"),
        ["bernoulli p above one"] = new(Edit(Growth, "growth: {dist: bernoulli, p: 1.5} #!"), "a probability must be in [0, 1]", "enterprises.jintian.growth.p"),

        // References and ids.
        ["unknown industry"] = new(Edit("industry: copper", "industry: coper #!"), "unknown industry 'coper' (did you mean 'copper'?)", "enterprises.jintian.industry"),
        ["unknown park"] = new(Edit("park: hitech", "park: hitek #!"), "unknown park 'hitek' (did you mean 'hitech'?)", "enterprises.jintian.park"),
        ["duplicate id"] = new(Edit("- id: jade", "- id: copper #!"), "duplicate industry id 'copper'", "industries[1].id"),
        ["unknown industry in mix"] = new(Edit("  - id: hitech", "  - id: hitech\n    attraction:\n      projects_per_year: 2\n      investment_per_project: 1\n      industry_mix: {copper: 1, jdae: 1} #!"), "unknown industry 'jdae' (did you mean 'jade'?)", "parks.hitech.attraction.industry_mix.jdae"),
        ["chain master without park"] = new(Edit("    park: hitech\n", "").Replace(Growth, Growth + "\n    chain_master: #!\n      suppliers_per_year: 1\n      investment: 1\n      industry: jade"), "needs a `park`", "enterprises.jintian.chain_master"),
        ["duplicate linkage"] = new(With("linkages:\n  - {supplier: copper, buyer: jade, coefficient: 0.1}\n  - {supplier: copper, buyer: jade, coefficient: 0.2} #!"), "listed twice", "linkages[1]"),

        // Ranges.
        ["negative output"] = new(Edit("output: 100", "output: -5 #!"), "output must be >= 0, got -5", "enterprises.jintian.output"),
        ["end year not after base year"] = new(Edit("end_year: 2030", "end_year: 2024 #!"), "end_year (2024) must be after base_year (2024)", "end_year"),
        ["zero trials"] = new(With("trials: 0 #!"), "trials must be between 1 and", "trials"),
        ["too many trials"] = new(With("trials: 2000000 #!"), "trials must be between 1 and", "trials"),
        ["negative seed"] = new(With("seed: -1 #!"), "seed must be >= 0", "seed"),
        ["probability above one"] = new(With("projects:\n  - id: p1\n    industry: copper\n    investment: 1\n    start_probability: 1.5 #!"), "a probability must be in [0, 1], got 1.5", "projects.p1.start_probability"),
        ["ramp-up fraction above one"] = new(With("projects:\n  - id: p1\n    industry: copper\n    investment: 1\n    ramp_up: [0.5,\n      1.2] #!"), "ramp_up fraction must be in [0, 1]", "projects.p1.ramp_up[1]"),
        ["negative land"] = new(Edit("  - id: hitech", "  - id: hitech\n    land_mu: -3 #!"), "land_mu must be >= 0", "parks.hitech.land_mu"),

        // Leontief.
        ["singular Leontief matrix"] = new(With("linkages: #!\n  - {supplier: copper, buyer: copper, coefficient: 1}"), "(I - A) is singular", "linkages"),
        ["negative Leontief inverse"] = new(With("linkages: #!\n  - {supplier: copper, buyer: jade, coefficient: 2}\n  - {supplier: jade, buyer: copper, coefficient: 2}"), "has a negative entry", "linkages"),

        // Targets.
        ["target year after end"] = new(With("targets:\n  - id: t\n    metric: total_output\n    year: 2031 #!\n    at_least: 1"), "outside the simulated years 2025..2030", "targets.t.year"),
        ["target year is base year"] = new(With("targets:\n  - id: t\n    metric: total_output\n    year: 2024 #!\n    at_least: 1"), "outside the simulated years", "targets.t.year"),
        ["target with both bounds"] = new(With("targets:\n  - id: t\n    metric: total_output\n    year: 2030\n    at_least: 1\n    at_most: 5 #!"), "has both `at_least` and `at_most`", "targets.t.at_most"),
        ["target with no bound"] = new(With("targets:\n  - id: t #!\n    metric: total_output\n    year: 2030"), "needs exactly one of `at_least` or `at_most`", "targets.t"),
        ["unknown metric"] = new(With("targets:\n  - id: t\n    metric: industry_output:coper #!\n    year: 2030\n    at_least: 1"), "unknown metric 'industry_output:coper' (did you mean 'industry_output:copper'?)", "targets.t.metric"),

        // Tunables.
        ["tunable path to nothing"] = new(With("tunables:\n  - path: enterprises.jintain.output #!\n    label: x\n    min: 0\n    max: 1\n    step: 0.1"), "no item with id 'jintain' in enterprises (did you mean 'jintian'?)", "tunables[0].path"),
        ["tunable path to text"] = new(With("tunables:\n  - path: enterprises.jintian.industry #!\n    label: x\n    min: 0\n    max: 1\n    step: 0.1"), "must address a number", "tunables[0].path"),
        ["tunable min above max"] = new(With("tunables:\n  - path: enterprises.jintian.output\n    label: x\n    min: 2\n    max: 1 #!\n    step: 0.1"), "tunable max (1) must be >= min (2)", "tunables[0].max"),
        ["tunable zero step"] = new(With("tunables:\n  - path: enterprises.jintian.output\n    label: x\n    min: 0\n    max: 1\n    step: 0 #!"), "step must be > 0", "tunables[0].step"),

        // Variants and --set.
        ["variant path to nothing"] = new(With("variants:\n  high:\n    set:\n      enterprises.jintain.output: 5 #!"), "path enterprises.jintain.output addresses nothing: no item with id 'jintain' in enterprises (did you mean 'jintian'?)", "variants.high"),
        ["variant value of wrong type"] = new(With("variants:\n  high:\n    set:\n      enterprises.jintian.output: lots #!"), "expected a number, got 'lots'", "variants.high: enterprises.jintian.output"),
        ["unknown variant requested"] = new(With("variants: #!\n  high:\n    set:\n      trials: 5"), "unknown variant 'hgih' (did you mean 'high'?); available: high", "variants")
        {
            Options = new ScenarioLoadOptions { Variant = "hgih" },
        },
        ["set path to nothing"] = new(ScenarioTexts.Minimal, "path parks.hitek.land_mu addresses nothing: no item with id 'hitek' in parks (did you mean 'hitech'?)", "")
        {
            Line = 1, File = "--set", Options = new ScenarioLoadOptions { Set = [new OverrideDefinition("parks.hitek.land_mu", "5")] },
        },
        ["set value of wrong type"] = new(ScenarioTexts.Minimal, "expected a whole number, got 'many'", "trials")
        {
            Line = 1, File = "--set", Options = new ScenarioLoadOptions { Set = [new OverrideDefinition("trials", "many")] },
        },

        // Whole-file problems.
        ["bad YAML syntax"] = new(Edit("output: 100", "output: [100, #!\n    oops: ]"), "YAML syntax error", "") { Line = 13 },
        // YamlDotNet reports the tab while scanning the plain scalar that starts on the line before.
        ["tab indentation"] = new(Edit("    output: 100", "\toutput: 100"), "YAML syntax error", "") { Line = 12 },
        ["unknown alias"] = new(Edit("output: 100", "output: *nothing #!"), "refers to no anchor", ""),
        ["multiple documents"] = new(ScenarioTexts.Minimal + "\n--- #!\nscenario: second\n", "more than one YAML document", ""),
        ["top level is a list"] = new("- scenario: test #!\n- base_year: 2024\n", "the top level must be a mapping", ""),
        ["top level is a scalar"] = new("just some words #!\n", "the top level must be a mapping", ""),
        ["empty file"] = new("", "the file is empty", "") { Line = 1 },
        ["whitespace file"] = new("  \n\t\n   \n", "the file is empty", "") { Line = 1 },
        ["comments only"] = new("# nothing here\n# at all\n", "no YAML content", "") { Line = 3 },
        ["binary file"] = new("", "binary file", "") { Line = 2, Bytes = [.. "scenario: x\nbase"u8, 0, 1, 2, 0xFF] },
        ["invalid UTF-8"] = new("", "not valid UTF-8", "") { Line = 3, Bytes = [.. "scenario: x\nbase_year: 2024\nname: "u8, 0xC3, 0x28, .. "\n"u8] },
        ["huge file"] = new("", "too large", "") { Line = 1, Bytes = Huge() },
        ["too-deep nesting"] = new(With("description: " + new string('[', 80) + new string(']', 80) + " #!"), "nests deeper than 64", ""),
        ["alias bomb"] = new(With(BillionLaughs()), "aliases expand to more than", "") { Line = LaughsLine(With(BillionLaughs())) },
    };

    public static TheoryData<string> Names() => new(All.Keys);

    private static byte[] Huge()
    {
        var line = Encoding.UTF8.GetBytes("# padding padding padding padding padding padding padding padding\n");
        var bytes = new byte[(10 * 1024 * 1024) + 1024];
        for (var i = 0; i < bytes.Length; i++)
        {
            bytes[i] = line[i % line.Length];
        }
        return bytes;
    }

    private static string BillionLaughs()
    {
        var text = new StringBuilder("laughs:\n  a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var i = 1; i < 10; i++)
        {
            var refs = string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10));
            text.Append($"  a{i}: &a{i} [{refs}]\n");
        }
        return text.ToString();
    }

    // a0 has 11 nodes and each level is ten times more: the alias that crosses 4,000,000 nodes is on the a6 line.
    private static int LaughsLine(string text) => Array.FindIndex(text.Split('\n'), l => l.StartsWith("  a6:", StringComparison.Ordinal)) + 1;
}
