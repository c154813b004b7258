using LandPlatform.ServiceDefaults.BadRequests;
using LandPlatform.ServiceDefaults.Security;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.Hosting;

public static class PlatformAuthenticationExtensions
{
    /// <summary>
    /// Bearer-token authentication against the platform's identity provider and authorization by
    /// <see cref="Permissions"/>; also <see cref="CurrentActor"/> (scoped) and the service identity
    /// for outgoing calls (<see cref="ServiceIdentityExtensions.AddServiceIdentity"/>).
    /// </summary>
    public static TBuilder AddPlatformAuthentication<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        var authority = IdentityAuthority.Resolve(builder.Configuration);

        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(options =>
            {
                options.Authority = authority.ToString();
                options.Audience = PlatformClaims.Audience;
                options.RequireHttpsMetadata = !IdentityAuthority.AllowsHttp(authority);
                // Keep the token's own claim names (sub, role, bureau): the claims contract is written in them.
                options.MapInboundClaims = false;
                options.TokenValidationParameters.NameClaimType = PlatformClaims.Name;
                options.TokenValidationParameters.RoleClaimType = PlatformClaims.Role;
                options.TokenValidationParameters.ValidAudience = PlatformClaims.Audience;
                options.TokenValidationParameters.ValidateIssuer = true;
                options.TokenValidationParameters.ValidateLifetime = true;
                options.TokenValidationParameters.RequireExpirationTime = true;
                // The default 5 minutes keeps an expired token useful for too long; hosts run NTP.
                options.TokenValidationParameters.ClockSkew = TimeSpan.FromSeconds(30);
                // Only asymmetric algorithms: a token signed with "none" or HMAC is never accepted.
                options.TokenValidationParameters.ValidAlgorithms = ["RS256", "ES256", "PS256"];
                options.Events = BearerEvents.Create();
            });

        builder.Services.RemoveEagerKeyRingStartup();

        builder.Services.AddAuthorization(options =>
            options.FallbackPolicy = new AuthorizationPolicyBuilder().AddRequirements(new AuthenticatedByDefault()).Build());
        builder.Services.AddSingleton<IAuthorizationHandler, PermissionHandler>();
        builder.Services.AddSingleton<IAuthorizationHandler, AuthenticatedByDefaultHandler>();
        builder.Services.Replace(ServiceDescriptor.Singleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, PermissionDeniedResultHandler>());
        builder.Services.AddHttpContextAccessor();
        builder.Services.TryAddScoped(sp =>
            CurrentActor.From(sp.GetRequiredService<Microsoft.AspNetCore.Http.IHttpContextAccessor>().HttpContext?.User));
        builder.Services.AddServiceIdentity();
        return builder;
    }

    /// <summary>Authentication then authorization; call after routing-independent middleware and before mapping endpoints.</summary>
    /// <param name="afterAuthentication">
    /// Middleware that must know the user yet see every refusal, such as the audit trail, which
    /// records 401 and 403 outcomes of writes.
    /// </param>
    public static WebApplication UsePlatformAuthentication(this WebApplication app, Action<IApplicationBuilder>? afterAuthentication = null)
    {
        app.UseAuthentication();
        afterAuthentication?.Invoke(app);
        app.UseAuthorization();
        // Innermost, so a request the endpoint cannot read is a 400 the audit trail records as rejected, not a 500.
        app.UseBadRequestProblems();
        return app;
    }
}
