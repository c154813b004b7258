using LandPlatform.ServiceDefaults.Health;
using LandPlatform.Web.Account;
using LandPlatform.Web.Api;
using Microsoft.AspNetCore.HttpOverrides;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.WebEncoders;

namespace Microsoft.Extensions.Hosting;

/// <summary>The portal's services and pipeline, in the shape of eShop's WebApp (Extensions/Extensions.cs).</summary>
public static class Extensions
{
    public static readonly string[] Cultures = ["zh-CN", "en"];

    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddPortalAuthentication();
        builder.Services.AddGatewayApi(builder.Configuration);
        builder.Services.AddLocalization(o => o.ResourcesPath = "Resources");
        builder.Services.Configure<RequestLocalizationOptions>(o =>
        {
            // Chinese unless the person chose English on the page (a cookie): bureaus work in Chinese whatever
            // language the browser was installed in.
            o.SetDefaultCulture(Cultures[0]).AddSupportedCultures(Cultures).AddSupportedUICultures(Cultures);
            o.RequestCultureProviders = [new CookieRequestCultureProvider()];
        });
        // The gateway forwards the browser's scheme and host: redirects (sign-in callback, sign-out) must name the
        // address the browser used, not the portal's own port behind the gateway. Only loopback proxies are trusted.
        builder.Services.Configure<ForwardedHeadersOptions>(o =>
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost);
        // Chinese text as UTF-8 in the HTML: the default encoder writes every character outside Basic Latin as an
        // entity (&#x4EA7;), 8 bytes instead of 3 and a page source nobody can read. Markup characters are still encoded.
        builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        builder.Services.AddCascadingAuthenticationState();
        builder.Services.AddHttpContextAccessor();
    }

    public static WebApplication UsePortalPipeline(this WebApplication app)
    {
        app.UseForwardedHeaders();
        // A person sees a page, never a stack trace or a problem document.
        app.UseExceptionHandler("/error", createScopeForErrors: true);
        app.UseStatusCodePagesWithReExecute("/not-found");
        app.MapHealthEndpoints();
        app.UsePortalSecurityHeaders();
        app.UseRequestLocalization();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        return app;
    }

    public static WebApplication MapPortalEndpoints(this WebApplication app)
    {
        app.MapAccountEndpoints();
        app.MapCultureEndpoint();
        app.MapDocumentEndpoints();
        return app;
    }

    private static void UsePortalSecurityHeaders(this WebApplication app) => app.Use((context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "same-origin";
            if (!headers.ContainsKey("Content-Security-Policy"))
            {
                // Scripts only from the portal itself (Blazor's and ECharts' files); ECharts sets inline styles.
                headers.ContentSecurityPolicy =
                    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'; object-src 'none'";
            }

            return Task.CompletedTask;
        });
        return next(context);
    });

    /// <summary>GET /culture?c=en&amp;r=/path: remembers the language in a cookie for a year and returns to the page.</summary>
    private static void MapCultureEndpoint(this WebApplication app) =>
        app.MapGet("/culture", (HttpContext context, string? c, string? r) =>
        {
            var culture = Cultures.Contains(c) ? c! : Cultures[0];
            context.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
            return Results.LocalRedirect(r is { Length: > 0 } && r.StartsWith('/') && !r.StartsWith("//", StringComparison.Ordinal) ? r : "/");
        }).AllowAnonymous();
}
