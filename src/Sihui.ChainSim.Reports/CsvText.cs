using System.Text;

namespace Sihui.ChainSim.Reports;

/// <summary>Builds RFC 4180 CSV: fields with commas, quotes or line breaks are quoted.</summary>
public sealed class CsvText
{
    private readonly StringBuilder _text = new();

    public void Row(params string[] fields)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0)
            {
                _text.Append(',');
            }
            _text.Append(Field(fields[i]));
        }
        _text.Append("\r\n");
    }

    public override string ToString() => _text.ToString();

    /// <summary>One field as CSV: quoted, with quotes doubled, only when it holds a comma, a quote or a line break.</summary>
    public static string Field(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
}
