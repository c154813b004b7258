namespace LandPlatform.Web.Api;

/// <summary>
/// The services' printable documents (qualification opinion, contract, assessment report, supervision documents),
/// fetched through the gateway with the person's token and handed to the browser as they came (HTML to print, or
/// PDF with <c>?format=pdf</c>). Only these document paths are passed on: the portal is no general proxy.
/// </summary>
public static class DocumentEndpoints
{
    private static readonly string[] Allowed =
    [
        "admission/applications/{id}/qualification-opinion",
        "contracts/contracts/{id}/document",
        "monitoring/assessments/{id}/report",
        "monitoring/supervision/{kind}/{period}/document",
    ];

    public static void MapDocumentEndpoints(this WebApplication app) =>
        app.MapGet("/documents/{**path}", async (string path, string? format, HttpContext context, GatewayApi api) =>
        {
            if (!IsDocument(path))
            {
                return Results.NotFound();
            }

            var query = format == "pdf" ? "?format=pdf" : string.Empty;
            var response = await api.GetRawAsync($"/api/{path}{query}", context.RequestAborted);
            context.Response.RegisterForDispose(response);
            if (!response.IsSuccessStatusCode)
            {
                return Results.Redirect($"/documents-unavailable?status={(int)response.StatusCode}");
            }

            var type = response.Content.Headers.ContentType?.ToString() ?? "application/octet-stream";
            // The services' document pages carry their own styles; the portal's CSP would strip them.
            context.Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:";
            return Results.Stream(await response.Content.ReadAsStreamAsync(context.RequestAborted), type,
                response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        }).RequireAuthorization();

    public static bool IsDocument(string path)
    {
        var segments = path.Split('/');
        return Allowed.Select(a => a.Split('/')).Any(pattern => pattern.Length == segments.Length
            && pattern.Zip(segments).All(p => p.First.StartsWith('{') ? p.Second.Length is > 0 and <= 64 && p.Second.All(c => char.IsAsciiLetterOrDigit(c) || c == '-') : p.First == p.Second));
    }
}
