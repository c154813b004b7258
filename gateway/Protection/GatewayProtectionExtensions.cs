using LandPlatform.Gateway.Protection;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.Hosting;

public static class GatewayProtectionExtensions
{
    public const string CorsPolicy = "platform-web";

    /// <summary>Bearer authentication (the platform's), the write rate limiter and CORS for the platform's web origin.</summary>
    public static IHostApplicationBuilder AddGatewayProtection(this IHostApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection("Gateway").Get<GatewayProtectionOptions>() ?? new GatewayProtectionOptions();
        builder.Services.AddSingleton(options);
        builder.AddPlatformAuthentication();
        // Same validation as every service, remembered briefly per token (see RecentlyValidatedTokens).
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .PostConfigure<TimeProvider>((bearer, time) =>
            {
                bearer.TokenHandlers.Clear();
                bearer.TokenHandlers.Add(new RecentlyValidatedTokens(time) { MapInboundClaims = bearer.MapInboundClaims });
            });
        // The gateway's YARP routes carry no endpoint metadata, so the services' fallback policy
        // would close the public disclosure too; here the anonymous gate (UseAuthenticatedAccess)
        // decides instead, from Gateway:PublicPaths.
        builder.Services.Configure<Microsoft.AspNetCore.Authorization.AuthorizationOptions>(o => o.FallbackPolicy = null);
        builder.Services.AddWriteRateLimiting(options.RateLimit);
        builder.Services.AddCors(cors => cors.AddPolicy(CorsPolicy, policy =>
        {
            // No origin configured means no cross-origin caller at all, never "any origin".
            if (!string.IsNullOrWhiteSpace(options.WebOrigin))
            {
                policy.WithOrigins(options.WebOrigin.TrimEnd('/'))
                    .WithMethods("GET", "POST", "PUT", "PATCH", "DELETE")
                    .WithHeaders("authorization", "content-type", "traceparent", "tracestate")
                    .WithExposedHeaders("location", "retry-after")
                    .SetPreflightMaxAge(TimeSpan.FromMinutes(10));
            }
        }));
        return builder;
    }

    /// <summary>
    /// Security headers, CORS, authentication, the anonymous-access gate, rate limiting and
    /// authorization, in that order. Call after MapDefaultEndpoints and before
    /// MapReverseProxy.
    /// </summary>
    public static WebApplication UseGatewayProtection(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<GatewayProtectionOptions>();
        app.UseSecurityHeaders();
        // Before authentication: a preflight carries no token and is answered here.
        app.UseCors(CorsPolicy);
        app.UseAuthentication();
        app.UseAuthenticatedAccess(options);
        // After authentication, so writes are partitioned by the user's sub. Only writes are limited, so only
        // writes enter the limiter: a read skipped two partition lookups and a chained lease (issue 15's profile).
        app.UseWhen(WriteRateLimiting.IsWrite, writes => writes.UseRateLimiter());
        app.UseAuthorization();
        return app;
    }
}
