using static Sihui.ChainSim.Scenarios.Import.ImportColumns;

namespace Sihui.ChainSim.Scenarios.Import;

/// <summary>Reads an enterprise roster (规上企业名录): one enterprise a row, each cell checked where it stands.</summary>
public static class RosterReader
{
    public static IReadOnlyList<ImportedEnterprise> Read(ImportSheet sheet, NameIndex industries, NameIndex parks, ImportProblems problems)
    {
        var enterprises = new List<ImportedEnterprise>();
        var unique = new UniqueRows("enterprise", sheet.Table.Sheet is null ? "line" : "row");
        foreach (var row in sheet.Rows())
        {
            var name = row.Text(EnterpriseName, problems);
            var id = row.Text(EnterpriseId, problems) ?? $"e{row.RowNumber}";
            var industry = row.Text(Industry, problems);
            var park = row.Text(Park, problems);
            // Resolved whatever else the row gets wrong, so an unknown park is reported with the row's other problems.
            var industryId = industry is null ? null : industries.Resolve(industry, row.Place(Industry), problems);
            var parkId = park is null ? null : parks.Resolve(park, row.Place(Park), problems);
            var output = row.Number(Output, problems);
            var capacity = row.Number(Capacity, problems);
            var growth = row.Number(Growth, problems, min: -1);
            var growthSd = row.Number(GrowthSd, problems);
            var idOk = unique.CheckId(id, row.RowNumber, row.Place(sheet.Has(EnterpriseId) ? EnterpriseId : EnterpriseName), problems);
            var nameOk = name is not null && unique.CheckName(name, row.RowNumber, row.Place(EnterpriseName), problems);
            if (idOk && nameOk && industryId is not null && (park is null || parkId is not null) && output is not null)
            {
                enterprises.Add(new ImportedEnterprise(id, name!, industryId!, parkId, output.Value, capacity, growth, growthSd, row.Source));
            }
        }
        if (enterprises.Count == 0 && !problems.Any)
        {
            problems.Add(sheet.Table.Place(sheet.HeaderRow), "the sheet has a header but no enterprises below it");
        }
        return enterprises;
    }
}
