using System.CommandLine;
using Sihui.ChainSim.Reports;
using Sihui.ChainSim.Reports.Workbook;

namespace Sihui.ChainSim.Cli.Commands;

/// <summary>The output-format options: <c>--xlsx</c> (results.xlsx) and, on commands that write CSV, <c>--csv-bom</c> and <c>--raw</c>.</summary>
public sealed class OutputFormatOptions(bool writesXlsx, bool writesCsv)
{
    public Option<bool> Xlsx { get; } = new("--xlsx")
    {
        Description = $"Also write {ResultsWorkbook.FileName}: the results as a workbook, headers in the report language (--lang where the command has it, else Chinese), numbers as numbers and frozen header rows.",
    };

    public Option<bool> CsvBom { get; } = new("--csv-bom")
    {
        HelpName = "true|false",
        Description = "Start every CSV file with a UTF-8 byte-order mark, so Excel reads the Chinese names [default: true].",
        DefaultValueFactory = _ => true,
    };

    public Option<bool> Raw { get; } = new("--raw")
    {
        Description = $"Write CSV numbers in full round-trip precision for scripts, instead of rounded to {CsvFormat.Decimals} decimal places.",
    };

    public void AddTo(Command command)
    {
        if (writesXlsx)
        {
            command.Options.Add(Xlsx);
        }
        if (writesCsv)
        {
            command.Options.Add(CsvBom);
            command.Options.Add(Raw);
        }
    }

    public OutputFormat Read(ParseResult parsed) => new(
        writesXlsx && parsed.GetValue(Xlsx),
        writesCsv ? new CsvFormat { Bom = parsed.GetValue(CsvBom), Raw = parsed.GetValue(Raw) } : CsvFormat.Default);
}

/// <summary>The output formats as parsed. The workbook's language is Chinese until the command line says otherwise.</summary>
public sealed record OutputFormat(bool Xlsx, CsvFormat Csv)
{
    public static OutputFormat Default { get; } = new(false, CsvFormat.Default);

    public WorkbookLanguage Language { get; init; } = WorkbookLanguage.Zh;

    /// <summary>The same formats with the workbook in the report's language.</summary>
    public OutputFormat In(Scenarios.Definitions.ScenarioLanguage language) =>
        this with { Language = language == Scenarios.Definitions.ScenarioLanguage.En ? WorkbookLanguage.En : WorkbookLanguage.Zh };

    /// <summary>Adds results.xlsx, made when it is written, to <paramref name="files"/> when --xlsx asked for it.</summary>
    public void AddWorkbook(IDictionary<string, Action<Stream>> files, Func<IReadOnlyList<WorkbookSheet>> sheets)
    {
        if (Xlsx)
        {
            files[ResultsWorkbook.FileName] = stream => ResultsWorkbook.Write(stream, sheets());
        }
    }

    /// <summary>The same for a set of files given as bytes.</summary>
    public void AddWorkbook(IDictionary<string, byte[]> files, Func<IReadOnlyList<WorkbookSheet>> sheets)
    {
        if (Xlsx)
        {
            using var buffer = new MemoryStream();
            ResultsWorkbook.Write(buffer, sheets());
            files[ResultsWorkbook.FileName] = buffer.ToArray();
        }
    }
}
