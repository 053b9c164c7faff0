namespace Sihui.ChainSim.Scenarios.Tabular;

/// <summary>One cell of a CSV line: its text (unquoted and trimmed) and its 1-based column.</summary>
public readonly record struct CsvCell(string Text, int Column);

/// <summary>Splits one CSV line at commas; a cell may be double-quoted, with "" for a quote inside it.</summary>
public static class CsvLine
{
    /// <summary>The cells, or null with the 1-based column where the quoting breaks and why.</summary>
    public static IReadOnlyList<CsvCell>? Split(string line, out (int Column, string Message) problem)
    {
        problem = default;
        var cells = new List<CsvCell>();
        var i = 0;
        while (true)
        {
            while (i < line.Length && line[i] is ' ' or '\t')
            {
                i++;
            }
            var start = i;
            string text;
            if (i < line.Length && line[i] == '"')
            {
                var quoted = new System.Text.StringBuilder();
                i++;
                while (true)
                {
                    if (i >= line.Length)
                    {
                        problem = (start + 1, "this quoted cell is not closed on its line");
                        return null;
                    }
                    if (line[i] == '"' && i + 1 < line.Length && line[i + 1] == '"')
                    {
                        quoted.Append('"');
                        i += 2;
                    }
                    else if (line[i] == '"')
                    {
                        i++;
                        break;
                    }
                    else
                    {
                        quoted.Append(line[i++]);
                    }
                }
                while (i < line.Length && line[i] is ' ' or '\t')
                {
                    i++;
                }
                if (i < line.Length && line[i] != ',')
                {
                    problem = (i + 1, "expected a comma after the closing quote");
                    return null;
                }
                text = quoted.ToString().Trim();
            }
            else
            {
                var comma = line.IndexOf(',', i);
                var end = comma < 0 ? line.Length : comma;
                text = line[i..end].Trim();
                i = end;
            }
            cells.Add(new CsvCell(text, start + 1));
            if (i >= line.Length)
            {
                return cells;
            }
            i++; // the comma
        }
    }
}
