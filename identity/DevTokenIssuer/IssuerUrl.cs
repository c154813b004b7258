namespace LandPlatform.DevTokenIssuer;

/// <summary>
/// The issuer's own URL, written into <c>iss</c> and the discovery document: <c>Issuer:Url</c> when
/// set (the AppHost sets it, so every service sees one issuer however it reaches this process),
/// otherwise the URL the request came in on.
/// </summary>
internal static class IssuerUrl
{
    public static string For(HttpRequest request)
    {
        var configured = request.HttpContext.RequestServices.GetRequiredService<IConfiguration>()["Issuer:Url"];
        var url = string.IsNullOrWhiteSpace(configured)
            ? $"{request.Scheme}://{request.Host}{request.PathBase}"
            : configured;
        return url.TrimEnd('/');
    }
}
