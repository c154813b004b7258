using System.Security.Claims;
using LandPlatform.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Hosting;

namespace LandPlatform.Security.Tests.Infrastructure;

/// <summary>A service-shaped host: ServiceDefaults, platform authentication and permission-protected endpoints.</summary>
public sealed class ProtectedApi : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ProtectedApi(WebApplication app) => _app = app;

    public Uri Url { get; private set; } = null!;

    /// <summary>How many writes reached a handler: a refused request must leave it unchanged.</summary>
    public int Writes => _writes;

    private int _writes;

    public static async Task<ProtectedApi> StartAsync(Uri authority)
    {
        var builder = WebApplication.CreateBuilder(Hosts.Args($"--Identity:Authority={authority}"));
        builder.AddServiceDefaults();
        builder.AddPlatformAuthentication();
        var app = builder.Build();
        var api = new ProtectedApi(app);
        app.MapDefaultEndpoints();
        app.UsePlatformAuthentication();
        api.Map(app);
        api.Url = await Hosts.StartAsync(app);
        return api;
    }

    private void Map(IEndpointRouteBuilder app)
    {
        var listings = app.MapGroup("/listings");
        listings.MapPost("/", Write).RequirePermission(Permissions.CreditListingsWrite);
        listings.MapGet("/", (CurrentActor actor) => TypedResults.Ok(actor)).RequirePermission(Permissions.CreditRead);

        app.MapPost("/objections/{uscc}", (string uscc, ClaimsPrincipal user) =>
                EnterpriseScope.Check(user, uscc) is { } denied ? (IResult)denied : Write())
            .RequirePermission(Permissions.CreditObjectionsFile);

        app.MapGet("/unprotected", () => TypedResults.Ok("forgot to name a permission"));
        app.MapGet("/public/blacklist", () => TypedResults.Ok("disclosed")).AllowAnonymous();
        app.MapPost("/delistings", Write).RequirePermission(Permissions.CreditDelist);
        app.MapPost("/check", (CurrentActor actor) => TypedResults.Ok(actor)).RequirePermission(Permissions.CreditCheck);
        app.MapGet("/audit", () => TypedResults.Ok()).RequirePermission(Permissions.AuditRead);
        app.MapPost("/landplatform.credit.v1.CreditCheck/Check", () => TypedResults.Ok()).RequirePermission(Permissions.CreditCheck);
    }

    private Ok<int> Write() => TypedResults.Ok(Interlocked.Increment(ref _writes));

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
