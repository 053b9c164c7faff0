using System.IO.Compression;
using MiniExcelLibs;

namespace Sihui.ChainSim.Scenarios.Tests.Import;

/// <summary>Builds small workbooks for the import tests: a header row, then rows of cells (null leaves a cell empty).</summary>
internal static class Sheets
{
    public static string Write(string path, string sheet, string[] header, params object?[][] rows)
    {
        var list = rows.Select(r => header.Select((h, i) => (h, v: i < r.Length ? r[i] : null)).ToDictionary(x => x.h, x => x.v)).ToList();
        if (File.Exists(path))
        {
            File.Delete(path);
        }
        if (list.Count == 0)
        {
            // MiniExcel writes no header for no rows: one row of the header's own names makes a header-only sheet.
            MiniExcel.SaveAs(path, new[] { header.ToDictionary(h => h, h => (object?)h) }, printHeader: false, sheetName: sheet);
        }
        else
        {
            MiniExcel.SaveAs(path, list, sheetName: sheet);
        }
        return path;
    }

    /// <summary>A zip that holds a text file, named .xlsx: what a renamed archive looks like.</summary>
    public static string ZipOfSomethingElse(string path)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        using var writer = new StreamWriter(zip.CreateEntry("notes.txt").Open());
        writer.Write("not a workbook");
        return path;
    }

    public static readonly string[] RosterHeader = ["企业编号", "企业名称", "行业", "园区", "产值（亿元）", "增速", "增速波动"];

    public static readonly string[] LedgerHeader = ["项目编号", "项目名称", "行业", "园区", "阶段", "投资额", "计划开工", "计划竣工", "达产产值"];

    /// <summary>A base scenario with two industries and two parks that the sheets name by id or by name.</summary>
    public const string BaseYaml = """
        scenario: base
        base_year: 2024
        end_year: 2027
        trials: 50
        industries:
          - {id: copper, name: "铜 Copper"}
          - {id: jade, name: "玉器 Jade"}
        parks:
          - {id: north, name: "北园 North park"}
          - {id: south, name: "南园"}
        enterprises:
          - {id: old, name: Old firm, industry: copper, output: 1, growth: 0.02}
        targets:
          - {id: t1, metric: total_output, year: 2027, at_least: 10}
        """;
}
