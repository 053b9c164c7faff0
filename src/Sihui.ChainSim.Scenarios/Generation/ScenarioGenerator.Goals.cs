using static Sihui.ChainSim.Scenarios.Generation.YamlText;

namespace Sihui.ChainSim.Scenarios.Generation;

/// <summary>Indicators, targets, variants and tunables; thresholds are set from the base-year totals so some targets are in doubt.</summary>
public sealed partial class ScenarioGenerator
{
    private double _highTechInitial;

    private void WriteIndicators()
    {
        _highTechInitial = Math.Round(_draws.Between(50, 150));
        _yaml.Append("indicators:\n")
            .Append("  - {id: high_tech, name: \"高新技术企业 High-tech enterprises\", initial: ").Append(Num(_highTechInitial, 0))
            .Append(", annual_change: ").Append(Poisson(_draws.Between(5, 15))).Append("}\n")
            .Append("  - {id: specialised_smes, name: \"专精特新 Specialised SMEs\", initial: ").Append(Num(_draws.Between(20, 60), 0))
            .Append(", annual_change: ").Append(Normal(3, 2)).Append("}\n")
            .Append("  - {id: listed_companies, name: \"上市公司 Listed companies\", initial: ").Append(Num(_draws.Between(1, 5), 0))
            .Append(", annual_change: ").Append(Bernoulli(0.3)).Append("}\n\n");
    }

    private void WriteTargets()
    {
        var years = _settings.Years;
        var early = BaseYear + Math.Min(2, years);
        _yaml.Append("targets:\n");
        Target("total_early", "Total output grows 8% in two years", "total_output", early, "at_least", _totalOutput * 1.08);
        Target("total_end", "Total output, end of plan", "total_output", EndYear, "at_least", _totalOutput * 1.15 * Math.Pow(1.05, years));
        Target("park_end", "First park's output", "park_output:" + _parks[0], EndYear, "at_least", _parkOutput[0] * Math.Pow(1.04, years));
        Target("industry_end", "First industry's output", "industry_output:" + _industries[0], EndYear, "at_least",
            _industryOutput[0] * Math.Pow(1.05, years));
        Target("producing_end", "Named and attracted projects producing", "projects_producing", EndYear, "at_least",
            Math.Max(1, Math.Round(_settings.Projects * 0.4)));
        Target("started_first", "Projects started in the first year", "projects_started", BaseYear + 1, "at_least", 1);
        Target("high_tech_end", "High-tech enterprises", "indicator:high_tech", EndYear, "at_least", _highTechInitial + 8 * years);
        Target("land_end", "First park keeps land in reserve", "land_used:" + _parks[0], EndYear, "at_most",
            Math.Round(_draws.Between(100, 600)));
        _yaml.Append('\n');
    }

    private void Target(string id, string name, string metric, int year, string comparison, double threshold) =>
        _yaml.Append("  - {id: ").Append(id).Append(", name: ").Append(Quote(name)).Append(", metric: \"").Append(metric)
            .Append("\", year: ").Append(Int(year)).Append(", ").Append(comparison).Append(": ").Append(Num(threshold, 1)).Append("}\n");

    private void WriteVariants()
    {
        _yaml.Append("variants:\n")
            .Append("  pessimistic:\n")
            .Append("    description: \"A weaker economy and slower project attraction.\"\n")
            .Append("    set:\n")
            .Append("      economy.shock.mean: -0.02\n")
            .Append("      parks.").Append(_parks[0]).Append(".attraction.projects_per_year.mean: 0.5\n")
            .Append("  optimistic:\n")
            .Append("    description: \"A stronger economy and rising prices in the first industry.\"\n")
            .Append("    set:\n")
            .Append("      economy.shock.mean: 0.015\n")
            .Append("      industries.").Append(_industries[0]).Append(".price.drift: 0.04\n\n");
    }

    private void WriteTunables()
    {
        _yaml.Append("tunables:\n")
            .Append("  - {path: economy.shock.mean, label: \"Economy-wide growth shock\", label_zh: \"宏观经济冲击\", ")
            .Append("group: economy, min: -0.05, max: 0.05, step: 0.005}\n")
            .Append("  - {path: industries.").Append(_industries[0]).Append(".price.drift, label: \"Price drift, first industry\", ")
            .Append("group: ").Append(_industries[0]).Append(", min: -0.05, max: 0.08, step: 0.005}\n")
            .Append("  - {path: parks.").Append(_parks[0]).Append(".attraction.projects_per_year.mean, label: \"Projects signed per year\", ")
            .Append("group: ").Append(_parks[0]).Append(", min: 0, max: 10, step: 0.5}\n")
            .Append("  - {path: enterprises.e").Append(new string('0', Math.Max(2, Int(_settings.Enterprises).Length) - 1))
            .Append("1.growth.mean, label: \"Growth of the first enterprise\", min: -0.1, max: 0.2, step: 0.01}\n");
    }
}
