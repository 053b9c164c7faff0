using System.Globalization;
using System.Text;

namespace Sihui.ChainSim.TestSupport;

/// <summary>
/// A history drawn from known parameters (docs/calibration.md, "A worked example"): 40 enterprises in two industries
/// over 12 years, true means drawn around each industry's mean, a within-firm sd, an industry shock and a macro shock.
/// Copper's nominal output carries a price index, which the calibration must take out; jade has none.
/// </summary>
public sealed class SyntheticHistory
{
    public const int Firms = 40;
    public const int Years = 12;
    public const int FirstYear = 2012;
    public const double WithinSd = 0.08;
    public const double ShockSd = 0.03;
    public const double MacroSd = 0.02;
    /// <summary>The spread of the true firm means around their industry's mean.</summary>
    public const double Tau = 0.02;

    public static IReadOnlyDictionary<string, double> IndustryMeans { get; } = new Dictionary<string, double> { ["copper"] = 0.065, ["jade"] = 0.055 };

    /// <summary>Each firm's true growth mean.</summary>
    public IReadOnlyDictionary<string, double> FirmMeans { get; }

    /// <summary>Each firm's industry.</summary>
    public IReadOnlyDictionary<string, string> FirmIndustry { get; }

    /// <summary>The history file: <c>metric,id,year,value</c>.</summary>
    public string Csv { get; }

    private SyntheticHistory(IReadOnlyDictionary<string, double> means, IReadOnlyDictionary<string, string> industry, string csv)
    {
        FirmMeans = means;
        FirmIndustry = industry;
        Csv = csv;
    }

    public static SyntheticHistory Generate(int seed = 20261202)
    {
        var random = new Random(seed);
        double Normal() => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
        var industries = IndustryMeans.Keys.ToList();
        var means = new Dictionary<string, double>();
        var industryOf = new Dictionary<string, string>();
        for (var f = 0; f < Firms; f++)
        {
            var id = $"firm{f + 1:00}";
            industryOf[id] = industries[f % industries.Count];
            means[id] = IndustryMeans[industryOf[id]] + Tau * Normal();
        }
        var csv = new StringBuilder("metric,id,year,value\n");
        var price = 1.0;
        var levels = means.Keys.ToDictionary(id => id, _ => 10 + 5 * random.NextDouble());
        Write(csv, "price_index", "copper", FirstYear, price);
        foreach (var (id, level) in levels)
        {
            Write(csv, "enterprise_output", id, FirstYear, level);
        }
        for (var year = FirstYear + 1; year < FirstYear + Years; year++)
        {
            var macro = MacroSd * Normal();
            var shocks = industries.ToDictionary(k => k, _ => ShockSd * Normal());
            var inflation = Math.Exp(0.01 + 0.05 * Normal());
            price *= inflation;
            Write(csv, "price_index", "copper", year, price);
            foreach (var id in means.Keys)
            {
                var growth = means[id] + shocks[industryOf[id]] + macro + WithinSd * Normal();
                levels[id] *= (1 + growth) * (industryOf[id] == "copper" ? inflation : 1);
                Write(csv, "enterprise_output", id, year, levels[id]);
            }
        }
        return new SyntheticHistory(means, industryOf, csv.ToString());
    }

    /// <summary>A scenario with these firms and industries, base year just after the history.</summary>
    public string ScenarioYaml()
    {
        var yaml = new StringBuilder($$"""
            scenario: synthetic
            base_year: {{FirstYear + Years - 1}}
            end_year: {{FirstYear + Years + 2}}
            trials: 100
            seed: 1
            economy:
              shock: {dist: normal, mean: 0, sd: 0.01}
            industries:
              - id: copper
                shock: {dist: normal, mean: 0, sd: 0.05}
              - {id: jade}
            enterprises:

            """);
        foreach (var (id, industry) in FirmIndustry)
        {
            yaml.Append(CultureInfo.InvariantCulture, $"  - {{id: {id}, industry: {industry}, output: 10, growth: {{dist: normal, mean: 0.05, sd: 0.05}}}}\n");
        }
        return yaml.ToString();
    }

    private static void Write(StringBuilder csv, string metric, string id, int year, double value) =>
        csv.Append(CultureInfo.InvariantCulture, $"{metric},{id},{year},{value:R}\n");
}
