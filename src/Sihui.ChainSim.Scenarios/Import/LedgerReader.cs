using System.Globalization;
using Sihui.ChainSim.Scenarios.Definitions;
using static Sihui.ChainSim.Scenarios.Import.ImportColumns;

namespace Sihui.ChainSim.Scenarios.Import;

/// <summary>
/// Reads a project ledger (项目台账): one project a row. The stage word maps to ours (<see cref="StageWords"/>);
/// planned start and completion give <c>build_years</c> for a project not yet completed, and the planned output at
/// full production divided by the investment gives <c>output_per_investment</c>.
/// </summary>
public static class LedgerReader
{
    public static IReadOnlyList<ImportedProject> Read(ImportSheet sheet, NameIndex industries, NameIndex parks, ImportProblems problems)
    {
        var projects = new List<ImportedProject>();
        var unique = new UniqueRows("project", sheet.Table.Sheet is null ? "line" : "row");
        foreach (var row in sheet.Rows())
        {
            var name = row.Text(ProjectName, problems);
            var id = row.Text(ProjectId, problems) ?? $"p{row.RowNumber}";
            var industry = row.Text(Industry, problems);
            var park = row.Text(Park, problems);
            // Resolved whatever else the row gets wrong, so an unknown park is reported with the row's other problems.
            var industryId = industry is null ? null : industries.Resolve(industry, row.Place(Industry), problems);
            var parkId = park is null ? null : parks.Resolve(park, row.Place(Park), problems);
            var stageWord = row.Text(Stage, problems);
            ProjectStage? stage = null;
            if (stageWord is not null)
            {
                stage = StageWords.Find(stageWord);
                if (stage is null)
                {
                    problems.Add(row.Place(Stage), $"'{stageWord}' is not a stage we know; write one of 已签约, 在建, 已开工, 已竣工, 已投产 (or signed, started, completed, producing)");
                }
            }
            var investment = row.Number(Investment, problems);
            var land = row.Number(LandMu, problems);
            var power = row.Number(PowerMw, problems);
            var start = row.Year(PlannedStart, problems);
            var completion = row.Year(PlannedCompletion, problems);
            var plannedOutput = row.Number(PlannedOutput, problems);

            int? buildYears = null;
            string? buildFrom = null;
            if (start is not null && completion is not null && stage is ProjectStage.Signed or ProjectStage.Started)
            {
                if (completion < start)
                {
                    problems.Add(row.Place(PlannedCompletion), $"planned completion {completion} is before the planned start {start}");
                }
                buildYears = completion - start;
                buildFrom = FormattableString.Invariant($"{PlannedCompletion.Header} {completion} − {PlannedStart.Header} {start}");
            }
            double? perInvestment = null;
            string? outputFrom = null;
            if (plannedOutput is not null && investment is not null)
            {
                if (investment == 0)
                {
                    problems.Add(row.Place(Investment), $"{Investment.Label} is 0, so {PlannedOutput.Label} cannot be read per 亿元 invested");
                }
                else
                {
                    perInvestment = plannedOutput.Value / investment.Value;
                    outputFrom = $"{PlannedOutput.Header} {plannedOutput.Value.ToString("R", CultureInfo.InvariantCulture)} / {Investment.Header} {investment.Value.ToString("R", CultureInfo.InvariantCulture)}";
                }
            }
            var idOk = unique.CheckId(id, row.RowNumber, row.Place(sheet.Has(ProjectId) ? ProjectId : ProjectName), problems);
            var nameOk = name is not null && unique.CheckName(name, row.RowNumber, row.Place(ProjectName), problems);
            if (idOk && nameOk && industryId is not null && (park is null || parkId is not null) && stage is not null && investment is not null)
            {
                projects.Add(new ImportedProject(id, name!, industryId!, parkId, stage.Value, stageWord!, investment.Value, land, power,
                    buildYears, buildFrom, perInvestment, outputFrom, row.Source));
            }
        }
        if (projects.Count == 0 && !problems.Any)
        {
            problems.Add(sheet.Table.Place(sheet.HeaderRow), "the sheet has a header but no projects below it");
        }
        return projects;
    }
}
