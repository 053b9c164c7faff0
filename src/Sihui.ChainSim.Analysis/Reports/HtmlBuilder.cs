using System.Net;
using System.Text;
using Sihui.ChainSim.Analysis.Charts;

namespace Sihui.ChainSim.Analysis.Reports;

/// <summary>Builds a self-contained HTML page: inline CSS, tables, and charts as PNG data: URIs. Every text is escaped.</summary>
public sealed class HtmlBuilder
{
    private const string Css = """
        body{font-family:"Noto Sans CJK SC","WenQuanYi Micro Hei","Microsoft YaHei","PingFang SC",Arial,sans-serif;margin:2rem auto;max-width:1100px;color:#222;line-height:1.45;padding:0 1rem}
        h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.25rem;margin-top:2rem;border-bottom:1px solid #ccc}h3{font-size:1.05rem}
        table{border-collapse:collapse;margin:.6rem 0 1.2rem;font-size:.9rem}th,td{border:1px solid #ccc;padding:.25rem .5rem;text-align:right}
        th{background:#f2f4f7}td.text,th.text{text-align:left}.meta{color:#555}figure{margin:1rem 0}img{max-width:100%;height:auto;border:1px solid #eee}
        figcaption{font-size:.85rem;color:#555}.up{color:#006d2c}.down{color:#a50f15}
        """;

    private readonly StringBuilder _html = new();

    /// <summary>A page titled <paramref name="title"/>; <paramref name="lang"/> is its html lang attribute (zh-Hans or en).</summary>
    public HtmlBuilder(string title, string lang = "zh-Hans")
    {
        _html.Append("<!DOCTYPE html>\n<html lang=\"").Append(Escape(lang)).Append("\">\n<head>\n<meta charset=\"utf-8\">\n");
        _html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        _html.Append("<title>").Append(Escape(title)).Append("</title>\n<style>").Append(Css).Append("</style>\n</head>\n<body>\n");
        _html.Append("<h1>").Append(Escape(title)).Append("</h1>\n");
    }

    public static string Escape(string text) => WebUtility.HtmlEncode(text);

    public HtmlBuilder Heading(string text, int level = 2)
    {
        _html.Append($"<h{level}>").Append(Escape(text)).Append($"</h{level}>\n");
        return this;
    }

    public HtmlBuilder Paragraph(string text, string? cssClass = null)
    {
        _html.Append(cssClass is null ? "<p>" : $"<p class=\"{cssClass}\">").Append(Escape(text)).Append("</p>\n");
        return this;
    }

    /// <summary>A table; the first <paramref name="textColumns"/> columns are left-aligned text, the rest numbers.</summary>
    public HtmlBuilder Table(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows, int textColumns = 1)
    {
        _html.Append("<table>\n<thead><tr>");
        for (var i = 0; i < headers.Count; i++)
        {
            _html.Append(i < textColumns ? "<th class=\"text\">" : "<th>").Append(Escape(headers[i])).Append("</th>");
        }
        _html.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in rows)
        {
            _html.Append("<tr>");
            for (var i = 0; i < row.Count; i++)
            {
                _html.Append(i < textColumns ? "<td class=\"text\">" : "<td>").Append(Escape(row[i])).Append("</td>");
            }
            _html.Append("</tr>\n");
        }
        _html.Append("</tbody>\n</table>\n");
        return this;
    }

    public HtmlBuilder List(IEnumerable<string> items)
    {
        _html.Append("<ul>\n");
        foreach (var item in items)
        {
            _html.Append("<li>").Append(Escape(item)).Append("</li>\n");
        }
        _html.Append("</ul>\n");
        return this;
    }

    public HtmlBuilder Chart(ChartImage chart)
    {
        _html.Append("<figure><img src=\"").Append(chart.PngDataUri).Append("\" alt=\"").Append(Escape(chart.Title))
            .Append("\" data-chart=\"").Append(Escape(chart.Name)).Append("\">");
        _html.Append("<figcaption>").Append(Escape(chart.Title)).Append("</figcaption></figure>\n");
        return this;
    }

    public override string ToString() => _html + "</body>\n</html>\n";
}
