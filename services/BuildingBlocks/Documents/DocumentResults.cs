using Microsoft.AspNetCore.Http;

namespace LandPlatform.Documents;

/// <summary>
/// How an endpoint answers with a document: the printable HTML page by default (a browser prints it as is),
/// the PDF when the caller asks with <c>?format=pdf</c> or <c>Accept: application/pdf</c>.
/// </summary>
public static class DocumentResults
{
    public static async Task<IResult> SendAsync(PrintableDocument document, HttpRequest request, PdfPrinter printer)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!WantsPdf(request))
        {
            return Results.Content(document.Html, "text/html; charset=utf-8");
        }

        var pdf = await printer.PrintAsync(document, request.HttpContext.RequestAborted);
        return Results.File(pdf, "application/pdf", document.FileName + ".pdf");
    }

    public static bool WantsPdf(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return string.Equals(request.Query["format"], "pdf", StringComparison.OrdinalIgnoreCase)
            || request.GetTypedHeaders().Accept.Any(a => string.Equals(a.MediaType.Value, "application/pdf", StringComparison.OrdinalIgnoreCase));
    }
}
