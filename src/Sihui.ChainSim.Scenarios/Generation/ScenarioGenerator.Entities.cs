using System.Text;
using static Sihui.ChainSim.Scenarios.Generation.YamlText;

namespace Sihui.ChainSim.Scenarios.Generation;

/// <summary>Enterprises and named projects; they also tally the base-year output and the land each park needs.</summary>
public sealed partial class ScenarioGenerator
{
    private static readonly string[] Stages = ["signed", "started", "completed", "producing"];
    public const int NamedEnterprisesUpTo = 10_000;

    private static readonly string[] RampUps = ["[1.0]", "[0.5, 1.0]", "[0.3, 0.7, 1.0]", "[0.2, 0.5, 0.8, 1.0]"];

    private string WriteEnterprises()
    {
        var text = new StringBuilder(_settings.Enterprises * 160);
        text.Append("enterprises:\n");
        var ids = Ids("e", _settings.Enterprises);
        var chainMasters = Math.Min(_parks.Length, Math.Max(1, _settings.Enterprises / 500));
        // The loader refuses files over a million YAML nodes; large files leave names out (the name defaults to the id).
        var named = _settings.Enterprises <= NamedEnterprisesUpTo;
        for (var e = 0; e < ids.Length; e++)
        {
            var industry = _draws.Index(_industries.Length);
            // Chain masters need a park; most other enterprises sit in one too.
            var park = e < chainMasters ? e % _parks.Length : _draws.Chance(0.85) ? _draws.Index(_parks.Length) : -1;
            var output = Math.Clamp(Math.Exp(0.3 + 1.2 * _draws.StandardNormal()), 0.05, 300);
            output = Math.Round(output, 2);
            _totalOutput += output;
            _industryOutput[industry] += output;
            if (park >= 0)
            {
                _parkOutput[park] += output;
            }

            text.Append("  - id: ").Append(ids[e]).Append('\n');
            if (named)
            {
                text.Append("    name: ").Append(Quote("Enterprise " + ids[e])).Append('\n');
            }
            text.Append("    industry: ").Append(_industries[industry]).Append('\n');
            if (park >= 0)
            {
                text.Append("    park: ").Append(_parks[park]).Append('\n');
            }
            text.Append("    output: ").Append(Num(output, 2)).Append('\n');
            if (_draws.Chance(0.4))
            {
                text.Append("    capacity: ").Append(Num(output * _draws.Between(1.1, 2.0), 2)).Append('\n');
                if (_draws.Chance(0.3))
                {
                    text.Append("    capacity_additions: {").Append(Int(BaseYear + 1 + _draws.Index(_settings.Years))).Append(": ")
                        .Append(Num(output * _draws.Between(0.2, 0.8), 2)).Append("}\n");
                }
            }
            text.Append("    growth: ").Append(Growth(e)).Append('\n');
            if (e < chainMasters)
            {
                text.Append("    chain_master:\n")
                    .Append("      suppliers_per_year: ").Append(Poisson(_draws.Between(0.5, 2))).Append('\n')
                    .Append("      investment: ").Append(LogNormal(_draws.Between(0.2, 1), _draws.Between(0.3, 0.7))).Append('\n')
                    .Append("      industry: ").Append(_industries[_draws.Index(_industries.Length)]).Append('\n');
                if (e == 0)
                {
                    // The others fall back on their park's attraction template.
                    text.Append("      project:\n");
                    WriteTemplate(text, "        ");
                }
            }
        }
        return text.Append('\n').ToString();
    }

    /// <summary>Every distribution shape appears; the first enterprise's growth is normal so a tunable can address its mean.</summary>
    private string Growth(int enterprise)
    {
        var mean = _draws.Between(-0.01, 0.1);
        var spread = _draws.Between(0.02, 0.08);
        return (enterprise == 0 ? 0 : _draws.Index(5)) switch
        {
            0 => Normal(mean, spread),
            1 => Triangular(mean - spread, mean, mean + 1.5 * spread),
            2 => Pert(mean - 2 * spread, mean, mean + spread),
            3 => Uniform(mean - spread, mean + spread),
            _ => Normal(mean, spread / 2),
        };
    }

    private string WriteProjects()
    {
        var text = new StringBuilder(_settings.Projects * 400);
        if (_settings.Projects == 0)
        {
            return "";
        }
        text.Append("projects:\n");
        var ids = Ids("p", _settings.Projects);
        for (var j = 0; j < ids.Length; j++)
        {
            var park = _draws.Chance(0.9) ? _draws.Index(_parks.Length) : -1;
            var investment = Math.Round(Math.Exp(1.2 + 0.8 * _draws.StandardNormal()), 2);
            var land = Math.Round(investment * _draws.Between(2, 8), 1);
            var power = Math.Round(investment * _draws.Between(0.1, 0.5), 2);
            if (park >= 0)
            {
                _parkLandNeeded[park] += land;
                _parkPowerNeeded[park] += power;
            }
            text.Append("  - id: ").Append(ids[j]).Append('\n')
                .Append("    name: ").Append(Quote("Project " + ids[j] + " 项目")).Append('\n')
                .Append("    industry: ").Append(_industries[_draws.Index(_industries.Length)]).Append('\n');
            if (park >= 0)
            {
                text.Append("    park: ").Append(_parks[park]).Append('\n');
            }
            text.Append("    stage: ").Append(Stages[_draws.Index(Stages.Length)]).Append('\n')
                .Append("    investment: ").Append(Num(investment, 2)).Append('\n')
                .Append("    land_mu: ").Append(Num(land, 1)).Append('\n')
                .Append("    power_mw: ").Append(Num(power, 2)).Append('\n')
                .Append("    start_probability: ").Append(Num(_draws.Between(0.5, 1), 2)).Append('\n')
                .Append("    stall_probability: ").Append(Num(_draws.Between(0, 0.1), 2)).Append('\n')
                .Append("    build_years: ").Append(_draws.Chance(0.5) ? Triangular(1, 1.5, 3) : Uniform(1, 2.5)).Append('\n')
                .Append("    commission_years: ").Append(_draws.Chance(0.5) ? "0" : Uniform(0, 1)).Append('\n')
                .Append("    output_per_investment: ").Append(Num(_draws.Between(0.6, 2.5), 2)).Append('\n')
                .Append("    ramp_up: ").Append(RampUps[_draws.Index(RampUps.Length)]).Append('\n');
        }
        return text.Append('\n').ToString();
    }
}
