using LandPlatform.Gateway.Routing;

namespace LandPlatform.Gateway.Protection;

/// <summary>
/// Headers that make the gateway's JSON answers inert in a browser: never sniffed as HTML, never
/// framed, no referrer leaked, no content allowed to load (OWASP Secure Headers for APIs). Set just
/// before the response starts, so they override whatever a service sent. The web portal's pages keep the portal's
/// own headers (its content security policy lets its scripts and styles load).
/// </summary>
internal static class SecurityHeaders
{
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        if (PortalRoute.Serves(context))
        {
            return next(context);
        }

        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers.ContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'";
            if (context.Request.IsHttps)
            {
                // Only over HTTPS (RFC 6797 §7.2): sent over HTTP it would be ignored, or pin a dev host.
                headers.StrictTransportSecurity = "max-age=31536000; includeSubDomains";
            }

            return Task.CompletedTask;
        });
        return next(context);
    });
}
