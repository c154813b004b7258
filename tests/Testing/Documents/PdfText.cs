using UglyToad.PdfPig;

namespace LandPlatform.Testing.Documents;

/// <summary>Reads the text of a printed PDF back, for tests that check what a document says.</summary>
public static class PdfText
{
    /// <summary>The text of every page as a PDF reader extracts it (the way a clerk searches or copies it).</summary>
    public static string Read(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Concat(document.GetPages().Select(p => p.Text));
    }
}
