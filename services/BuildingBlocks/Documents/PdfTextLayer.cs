using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using PdfSharp.Pdf.IO;

namespace LandPlatform.Documents;

/// <summary>
/// Corrects the text layer of a PDF Chromium printed: every font's ToUnicode map that names a glyph by a CJK
/// radical (⻅, ⽤) is rewritten to name the ideograph the document meant (见, 用; see
/// <see cref="RadicalEquivalents"/>), so a clerk can search the PDF and copy text out of it. The drawing is not
/// touched: only the map from glyphs to text changes.
/// </summary>
public static partial class PdfTextLayer
{
    public static byte[] RepairCjkText(byte[] pdf)
    {
        using var input = new MemoryStream(pdf);
        using var document = PdfReader.Open(input, PdfDocumentOpenMode.Modify);
        var repaired = 0;
        foreach (var item in document.Internals.GetAllObjects())
        {
            if (item is PdfDictionary font && font.Elements.GetReference("/ToUnicode")?.Value is PdfDictionary { Stream: { } stream } map
                && Rewrite(Encoding.ASCII.GetString(stream.UnfilteredValue)) is { } corrected)
            {
                map.Elements.Remove("/Filter");
                stream.Value = Encoding.ASCII.GetBytes(corrected);
                repaired++;
            }
        }

        if (repaired == 0)
        {
            return pdf;
        }

        using var output = new MemoryStream();
        document.Save(output);
        return output.ToArray();
    }

    /// <summary>The CMap with radicals replaced, or null when it names none (most fonts of a document).</summary>
    internal static string? Rewrite(string cmap)
    {
        var changed = false;
        var result = UnicodeTarget().Replace(cmap, m =>
        {
            var code = int.Parse(m.Groups[2].ValueSpan, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            if (!RadicalEquivalents.ByRadical.TryGetValue(code, out var ideograph))
            {
                return m.Value;
            }

            changed = true;
            return $"{m.Groups[1].Value}<{ideograph:X4}>";
        });
        return changed ? result : null;
    }

    // A bfchar entry "<glyph> <code point>" whose code point is a radical (2E80–2FDF). Chromium writes a radical
    // in a bfrange only when consecutive glyphs are consecutive radicals, which a document's text never is.
    [GeneratedRegex(@"^(\s*<[0-9A-Fa-f]+>\s+)<(2[EF][0-9A-Fa-f]{2})>\s*$", RegexOptions.Multiline)]
    private static partial Regex UnicodeTarget();
}
