using System.Text;
using static Sihui.ChainSim.Scenarios.Generation.YamlText;

namespace Sihui.ChainSim.Scenarios.Generation;

/// <summary>
/// Writes a synthetic scenario as YAML text, using every model feature: shocks, prices, linkages, parks with limits and
/// attraction, enterprises with capacity and chain masters, staged projects, indicators, targets, variants and tunables.
/// Text is appended directly, so 50,000 enterprises take well under a second.
/// </summary>
public sealed partial class ScenarioGenerator
{
    private static readonly string[] IndustryNames =
    [
        "金属加工 Metal processing", "玉器 Jade", "电子信息 Electronics", "新型储能 Energy storage", "精细化工 Fine chemicals",
        "生物医药 Biomedicine", "食品饮料 Food and drink", "建材 Building materials", "纺织服装 Textiles", "装备制造 Equipment",
    ];

    private readonly GeneratorSettings _settings;
    private readonly SeededDraws _draws;
    private readonly StringBuilder _yaml = new();
    private readonly string[] _industries;
    private readonly string[] _parks;
    private readonly double[] _parkOutput;
    private readonly double[] _parkLandNeeded;
    private readonly double[] _parkPowerNeeded;
    private readonly double[] _industryOutput;
    private double _totalOutput;

    public ScenarioGenerator(GeneratorSettings settings)
    {
        _settings = settings;
        _draws = new SeededDraws(settings.Seed);
        _industries = Ids("ind", settings.Industries);
        _parks = Ids("park", settings.Parks);
        _parkOutput = new double[settings.Parks];
        _parkLandNeeded = new double[settings.Parks];
        _parkPowerNeeded = new double[settings.Parks];
        _industryOutput = new double[settings.Industries];
    }

    private int BaseYear => _settings.BaseYear;
    private int EndYear => _settings.BaseYear + _settings.Years;

    private readonly List<RosterEntry> _roster = [];
    private readonly List<LedgerEntry> _ledger = [];

    /// <summary>The whole scenario file.</summary>
    public static string Generate(GeneratorSettings settings) => new ScenarioGenerator(settings).Write();

    /// <summary>The scenario and the roster and ledger rows of its enterprises and projects (settings made <see cref="GeneratorSettings.ForSheets"/>).</summary>
    public static RosterSheets GenerateWithSheets(GeneratorSettings settings)
    {
        var generator = new ScenarioGenerator(settings with { ForSheets = true });
        var yaml = generator.Write();
        return new RosterSheets(yaml, generator._roster, generator._ledger);
    }

    private string IndustryName(int i) =>
        IndustryNames[i % IndustryNames.Length] + (i < IndustryNames.Length ? "" : " " + Int(i / IndustryNames.Length + 1));

    private static string ParkName(int p) => "Park " + Int(p + 1) + " 园区";

    private string Write()
    {
        // Enterprises and projects are drawn first: park limits and target thresholds depend on them.
        var enterprises = _settings.ForSheets ? WriteSheetEnterprises() : WriteEnterprises();
        var projects = _settings.ForSheets ? WriteSheetProjects() : WriteProjects();
        WriteHeader();
        WriteIndustries();
        WriteLinkages();
        WriteParks();
        _yaml.Append(enterprises).Append(projects);
        WriteIndicators();
        WriteTargets();
        WriteVariants();
        WriteTunables();
        return _yaml.ToString();
    }

    private void WriteHeader()
    {
        var s = _settings;
        _yaml.Append("# A synthetic scenario made by `chainsim generate`; every number is invented. Money is in 亿元.\n")
            .Append("scenario: ").Append(Quote(FormattableString.Invariant($"synthetic-{s.Enterprises}e-{s.Parks}p-seed{s.Seed}"))).Append('\n')
            .Append("description: ").Append(Quote(FormattableString.Invariant(
                $"Synthetic: {s.Enterprises} enterprises, {s.Parks} parks, {s.Industries} industries, {s.Projects} projects, seed {s.Seed}.")))
            .Append('\n')
            .Append("base_year: ").Append(Int(BaseYear)).Append('\n')
            .Append("end_year: ").Append(Int(EndYear)).Append('\n')
            .Append("trials: ").Append(Int(s.Trials)).Append('\n')
            .Append("seed: ").Append(Int(s.Seed)).Append("\n\n")
            .Append("economy:\n  shock: ").Append(Normal(0, 0.02)).Append("\n\n");
    }

    private void WriteIndustries()
    {
        _yaml.Append("industries:\n");
        for (var i = 0; i < _industries.Length; i++)
        {
            var name = IndustryName(i);
            _yaml.Append("  - {id: ").Append(_industries[i]).Append(", name: ").Append(Quote(name))
                .Append(", shock: ").Append(Normal(0, _draws.Between(0.01, 0.05)));
            if (i % 2 == 0)
            {
                _yaml.Append(", price: {drift: ").Append(Num(_draws.Between(-0.01, 0.03), 4))
                    .Append(", volatility: ").Append(Num(_draws.Between(0.02, 0.12), 4)).Append('}');
            }
            _yaml.Append("}\n");
        }
        _yaml.Append('\n');
    }

    /// <summary>Up to three suppliers per buyer, each coefficient at most 0.12: column sums stay below 0.5, so (I - A) inverts with no negative entry.</summary>
    private void WriteLinkages()
    {
        _yaml.Append("linkages:\n");
        for (var buyer = 0; buyer < _industries.Length; buyer++)
        {
            foreach (var supplier in _draws.Distinct(1 + _draws.Index(3), _industries.Length))
            {
                _yaml.Append("  - {supplier: ").Append(_industries[supplier]).Append(", buyer: ").Append(_industries[buyer])
                    .Append(", coefficient: ").Append(Num(_draws.Between(0.02, 0.12))).Append("}\n");
            }
        }
        _yaml.Append('\n');
    }

    private void WriteParks()
    {
        _yaml.Append("parks:\n");
        for (var p = 0; p < _parks.Length; p++)
        {
            var land = _parkLandNeeded[p] * _draws.Between(0.8, 1.5) + _draws.Between(200, 2000);
            var power = _parkPowerNeeded[p] * _draws.Between(0.8, 1.5) + _draws.Between(20, 200);
            _yaml.Append("  - id: ").Append(_parks[p]).Append('\n')
                .Append("    name: ").Append(Quote(ParkName(p))).Append('\n')
                .Append("    land_mu: ").Append(Num(land, 0)).Append('\n')
                .Append("    land_additions: {").Append(Int(BaseYear + Math.Min(2, _settings.Years))).Append(": ")
                .Append(Num(_draws.Between(100, 800), 0)).Append("}\n")
                .Append("    power_mw: ").Append(Num(power, 1)).Append('\n')
                .Append("    power_additions: {").Append(Int(BaseYear + 1)).Append(": ").Append(Num(_draws.Between(10, 80), 1)).Append("}\n")
                .Append("    attraction:\n")
                .Append("      projects_per_year: ").Append(Poisson(_draws.Between(0.5, 3))).Append('\n')
                .Append("      investment_per_project: ").Append(LogNormal(_draws.Between(0.5, 1.5), _draws.Between(0.3, 0.8))).Append('\n')
                .Append("      industry_mix: {");
            var mix = _draws.Distinct(1 + _draws.Index(3), _industries.Length);
            for (var m = 0; m < mix.Length; m++)
            {
                _yaml.Append(m == 0 ? "" : ", ").Append(_industries[mix[m]]).Append(": ").Append(Num(_draws.Between(0.5, 3), 2));
            }
            _yaml.Append("}\n      project:\n");
            WriteTemplate(_yaml, "        ");
        }
        _yaml.Append('\n');
    }

    private void WriteTemplate(StringBuilder yaml, string indent)
    {
        yaml.Append(indent).Append("land_mu_per_investment: ").Append(Num(_draws.Between(2, 10), 2)).Append('\n')
            .Append(indent).Append("power_mw_per_investment: ").Append(Num(_draws.Between(0.1, 0.6), 2)).Append('\n')
            .Append(indent).Append("start_probability: ").Append(Num(_draws.Between(0.4, 0.9), 2)).Append('\n')
            .Append(indent).Append("stall_probability: ").Append(Num(_draws.Between(0, 0.1), 2)).Append('\n')
            .Append(indent).Append("build_years: ").Append(Triangular(1, 1.5, 3)).Append('\n')
            .Append(indent).Append("commission_years: ").Append(Uniform(0, 1)).Append('\n')
            .Append(indent).Append("output_per_investment: ").Append(Num(_draws.Between(0.8, 2), 2)).Append('\n')
            .Append(indent).Append("ramp_up: [0.3, 0.7, 1.0]\n");
    }

    private static string[] Ids(string prefix, int count)
    {
        var width = Math.Max(2, count.ToString(System.Globalization.CultureInfo.InvariantCulture).Length);
        return Enumerable.Range(1, count).Select(i => prefix + i.ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(width, '0')).ToArray();
    }
}
