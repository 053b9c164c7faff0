using MiniExcelLibs;
using Sihui.ChainSim.Scenarios.Import;
using static Sihui.ChainSim.Scenarios.Import.ImportColumns;

namespace Sihui.ChainSim.Scenarios.Generation;

/// <summary>
/// Writes a generated roster (sheet 名录) and ledger (sheet 台账) as .xlsx bytes with Chinese headers, the ones
/// <c>chainsim import</c> reads first, units in brackets as a bureau's sheet would have them.
/// </summary>
public static class RosterWorkbook
{
    public const string RosterSheet = "名录";
    public const string LedgerSheet = "台账";

    public static byte[] Roster(IReadOnlyList<RosterEntry> rows) => Workbook(RosterSheet, rows.Select(r => new Dictionary<string, object?>
    {
        [EnterpriseId.Header] = r.Id,
        [EnterpriseName.Header] = r.Name,
        [Industry.Header] = r.Industry,
        [Park.Header] = r.Park,
        [Output.Header + "（亿元）"] = r.Output,
        [Capacity.Header + "（亿元）"] = r.Capacity,
        [Growth.Header] = r.Growth,
        [GrowthSd.Header] = r.GrowthSd,
    }));

    public static byte[] Ledger(IReadOnlyList<LedgerEntry> rows) => Workbook(LedgerSheet, rows.Select(r => new Dictionary<string, object?>
    {
        [ProjectId.Header] = r.Id,
        [ProjectName.Header] = r.Name,
        [Industry.Header] = r.Industry,
        [Park.Header] = r.Park,
        [Stage.Header] = StageWords.Chinese(r.Stage),
        [Investment.Header + "（亿元）"] = r.Investment,
        [LandMu.Header + "（亩）"] = r.LandMu,
        [PowerMw.Header + "（MW）"] = r.PowerMw,
        [PlannedStart.Header] = r.PlannedStart,
        [PlannedCompletion.Header] = r.PlannedCompletion,
        [PlannedOutput.Header + "（亿元）"] = r.PlannedOutput,
    }));

    private static byte[] Workbook(string sheet, IEnumerable<Dictionary<string, object?>> rows)
    {
        using var stream = new MemoryStream();
        stream.SaveAs(rows.ToList(), sheetName: sheet);
        return stream.ToArray();
    }
}
