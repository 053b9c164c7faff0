using System.Text;
using Sihui.ChainSim.Scenarios.Definitions;
using Sihui.ChainSim.Scenarios.Import;
using static Sihui.ChainSim.Scenarios.Generation.YamlText;

namespace Sihui.ChainSim.Scenarios.Generation;

/// <summary>
/// Enterprises and projects for a generated roster and ledger: only what a sheet's columns hold, each number rounded
/// once and written to the YAML exactly as <c>chainsim import</c> writes the cell, so both files mean the same scenario.
/// </summary>
public sealed partial class ScenarioGenerator
{
    private static readonly ProjectStage[] SheetStages = [ProjectStage.Signed, ProjectStage.Started, ProjectStage.Completed, ProjectStage.Producing];

    private string WriteSheetEnterprises()
    {
        var text = new StringBuilder(_settings.Enterprises * 160);
        text.Append("enterprises:\n");
        var ids = Ids("e", _settings.Enterprises);
        for (var e = 0; e < ids.Length; e++)
        {
            var industry = _draws.Index(_industries.Length);
            var park = _draws.Chance(0.85) ? _draws.Index(_parks.Length) : -1;
            var output = Math.Round(Math.Clamp(Math.Exp(0.3 + 1.2 * _draws.StandardNormal()), 0.05, 300), 2);
            double? capacity = _draws.Chance(0.4) ? Math.Round(output * _draws.Between(1.1, 2.0), 2) : null;
            var growth = Math.Round(_draws.Between(-0.01, 0.1), 4);
            var growthSd = Math.Round(_draws.Between(0.02, 0.08), 4);
            _totalOutput += output;
            _industryOutput[industry] += output;
            if (park >= 0)
            {
                _parkOutput[park] += output;
            }
            var name = "示例企业 " + ids[e];
            _roster.Add(new RosterEntry(ids[e], name, IndustryName(industry), park >= 0 ? ParkName(park) : null, output, capacity, growth, growthSd));

            text.Append("  - id: ").Append(ids[e]).Append('\n')
                .Append("    name: ").Append(Quote(name)).Append('\n')
                .Append("    industry: ").Append(_industries[industry]).Append('\n');
            if (park >= 0)
            {
                text.Append("    park: ").Append(_parks[park]).Append('\n');
            }
            text.Append("    output: ").Append(ImportedYaml.Number(output)).Append('\n');
            if (capacity is { } c)
            {
                text.Append("    capacity: ").Append(ImportedYaml.Number(c)).Append('\n');
            }
            text.Append("    growth: {dist: normal, mean: ").Append(ImportedYaml.Number(growth)).Append(", sd: ").Append(ImportedYaml.Number(growthSd)).Append("}\n");
        }
        return text.Append('\n').ToString();
    }

    private string WriteSheetProjects()
    {
        if (_settings.Projects == 0)
        {
            return "";
        }
        var text = new StringBuilder(_settings.Projects * 300);
        text.Append("projects:\n");
        var ids = Ids("p", _settings.Projects);
        for (var j = 0; j < ids.Length; j++)
        {
            var park = _draws.Chance(0.9) ? _draws.Index(_parks.Length) : -1;
            var industry = _draws.Index(_industries.Length);
            var stage = SheetStages[_draws.Index(SheetStages.Length)];
            var investment = Math.Round(Math.Exp(1.2 + 0.8 * _draws.StandardNormal()), 2);
            var land = Math.Round(investment * _draws.Between(2, 8), 1);
            var power = Math.Round(investment * _draws.Between(0.1, 0.5), 2);
            // A project not yet started plans to start after the base year; one under way started before it.
            var start = stage == ProjectStage.Signed ? BaseYear + 1 + _draws.Index(2) : BaseYear - _draws.Index(3);
            var completion = start + 1 + _draws.Index(2);
            var plannedOutput = Math.Round(investment * _draws.Between(0.6, 2.5), 2);
            if (park >= 0)
            {
                _parkLandNeeded[park] += land;
                _parkPowerNeeded[park] += power;
            }
            var name = "示例项目 " + ids[j];
            _ledger.Add(new LedgerEntry(ids[j], name, IndustryName(industry), park >= 0 ? ParkName(park) : null, stage, investment, land, power,
                start, completion, plannedOutput));

            text.Append("  - id: ").Append(ids[j]).Append('\n')
                .Append("    name: ").Append(Quote(name)).Append('\n')
                .Append("    industry: ").Append(_industries[industry]).Append('\n');
            if (park >= 0)
            {
                text.Append("    park: ").Append(_parks[park]).Append('\n');
            }
            text.Append("    stage: ").Append(StageWords.Key(stage)).Append('\n')
                .Append("    investment: ").Append(ImportedYaml.Number(investment)).Append('\n')
                .Append("    land_mu: ").Append(ImportedYaml.Number(land)).Append('\n')
                .Append("    power_mw: ").Append(ImportedYaml.Number(power)).Append('\n');
            if (stage is ProjectStage.Signed or ProjectStage.Started)
            {
                text.Append("    build_years: ").Append(Int(completion - start)).Append('\n');
            }
            text.Append("    output_per_investment: ").Append(ImportedYaml.Number(plannedOutput / investment)).Append('\n');
        }
        return text.Append('\n').ToString();
    }
}
