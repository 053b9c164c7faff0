using Sihui.ChainSim.Scenarios.Loading;

namespace Sihui.ChainSim.Scenarios.Tabular;

/// <summary>Opens a workbook for a reader that reports <see cref="ScenarioValidationException"/> (history, observations).</summary>
public static class WorkbookSheet
{
    public static TableSheet Open(string path) => Opened(() => TableFile.Open(path));

    /// <summary>An uploaded workbook's first sheet, refused as the same file on disk would be.</summary>
    public static TableSheet Open(byte[] bytes, string file) => Opened(() => XlsxRows.Open(bytes, file));

    private static TableSheet Opened(Func<TableSheet> open)
    {
        try
        {
            var sheet = open();
            // Reading fails lazily for a broken sheet: surface it here, as the validation error every caller prints.
            return sheet with { Rows = Guarded(sheet.Rows) };
        }
        catch (TableFileException ex)
        {
            throw Validation(ex);
        }
    }

    private static IEnumerable<TableRow> Guarded(IEnumerable<TableRow> rows)
    {
        using var each = rows.GetEnumerator();
        while (true)
        {
            try
            {
                if (!each.MoveNext())
                {
                    yield break;
                }
            }
            catch (TableFileException ex)
            {
                throw Validation(ex);
            }
            yield return each.Current;
        }
    }

    private static ScenarioValidationException Validation(TableFileException ex) =>
        new(ex.Problems.Select(p => new ScenarioError(p.Place.Sheet is null ? p.Place.File : $"{p.Place.File} (sheet {p.Place.Sheet})",
            Math.Max(1, p.Place.Row), Math.Max(1, p.Place.Column), "", p.Message)).ToList());
}
