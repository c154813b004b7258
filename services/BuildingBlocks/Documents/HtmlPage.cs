using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace LandPlatform.Documents;

/// <summary>
/// Builds the HTML of an official document: A4, Chinese serif body text (Noto Serif CJK SC, Debian's
/// fonts-noto-cjk), tables with ruled cells as the annex templates draw them. Every value is HTML-encoded on the
/// way in, so an enterprise's name or a reviewer's reasons can never become markup.
/// </summary>
public sealed class HtmlPage
{
    // Chinese stays readable in the page source instead of becoming &#x...; entities.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly StringBuilder _body = new();
    private readonly string _title;

    public HtmlPage(string title) => _title = title;

    public static string Encode(string? text) => Encoder.Encode(text ?? string.Empty);

    public HtmlPage Heading(string text)
    {
        _body.Append("<h1>").Append(Encode(text)).Append("</h1>\n");
        return this;
    }

    public HtmlPage Subheading(string text)
    {
        _body.Append("<h2>").Append(Encode(text)).Append("</h2>\n");
        return this;
    }

    public HtmlPage Paragraph(string text)
    {
        _body.Append("<p>").Append(Encode(text)).Append("</p>\n");
        return this;
    }

    /// <summary>A two-column table of labelled fields (项目 | 内容), as the annex forms lay them out.</summary>
    public HtmlPage Fields(IEnumerable<(string Label, string? Value)> fields)
    {
        _body.Append("<table class=\"fields\">\n");
        foreach (var (label, value) in fields)
        {
            _body.Append("<tr><th>").Append(Encode(label)).Append("</th><td>").Append(Encode(value)).Append("</td></tr>\n");
        }

        _body.Append("</table>\n");
        return this;
    }

    /// <summary>A table with a header row; each row has as many cells as the header.</summary>
    public HtmlPage Table(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows)
    {
        _body.Append("<table class=\"grid\">\n<thead><tr>");
        foreach (var cell in header)
        {
            _body.Append("<th>").Append(Encode(cell)).Append("</th>");
        }

        _body.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in rows)
        {
            if (row.Count != header.Count)
            {
                throw new ArgumentException($"a row has {row.Count} cells where the header has {header.Count}", nameof(rows));
            }

            _body.Append("<tr>");
            foreach (var cell in row)
            {
                _body.Append("<td>").Append(Encode(cell)).Append("</td>");
            }

            _body.Append("</tr>\n");
        }

        _body.Append("</tbody>\n</table>\n");
        return this;
    }

    /// <summary>Signature lines: who signed (or "（未签署）") and when, one block per party.</summary>
    public HtmlPage Signatures(IEnumerable<(string Party, string? Signer, string? Date)> parties)
    {
        _body.Append("<div class=\"signatures\">\n");
        foreach (var (party, signer, date) in parties)
        {
            _body.Append("<div class=\"signature\"><div>").Append(Encode(party)).Append("</div><div>签字：")
                .Append(Encode(signer ?? "（未签署）")).Append("</div><div>日期：").Append(Encode(date ?? "　　年　　月　　日"))
                .Append("</div></div>\n");
        }

        _body.Append("</div>\n");
        return this;
    }

    public string ToHtml() => new StringBuilder()
        .Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
        .Append(Encode(_title))
        .Append("</title>\n<style>\n")
        .Append(Stylesheet)
        .Append("</style>\n</head>\n<body>\n")
        .Append(_body)
        .Append("</body>\n</html>\n")
        .ToString();

    private const string Stylesheet = """
        @page { size: A4; margin: 20mm 18mm 22mm 18mm; }
        body { font-family: "Noto Serif CJK SC", "Noto Sans CJK SC", serif; font-size: 11pt; line-height: 1.6; color: #000; }
        h1 { font-size: 18pt; text-align: center; margin: 0 0 12pt; letter-spacing: 2pt; }
        h2 { font-size: 13pt; margin: 14pt 0 6pt; }
        table { width: 100%; border-collapse: collapse; margin: 6pt 0; page-break-inside: auto; }
        tr { page-break-inside: avoid; }
        th, td { border: 0.6pt solid #000; padding: 3pt 5pt; vertical-align: top; text-align: left; }
        table.fields th { width: 28%; font-weight: normal; background: #f2f2f2; }
        table.grid th { background: #f2f2f2; font-weight: normal; }
        .signatures { display: flex; flex-wrap: wrap; gap: 12pt; margin-top: 18pt; }
        .signature { flex: 1 1 30%; min-width: 30%; }
        @media screen { body { max-width: 210mm; margin: 12mm auto; } }

        """;
}
