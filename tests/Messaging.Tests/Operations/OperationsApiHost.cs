using System.Net.Http.Headers;
using LandPlatform.Auditing;
using LandPlatform.Messaging.Tests.Support;
using LandPlatform.ServiceDefaults.Security;
using LandPlatform.Testing;
using LandPlatform.Testing.Identity;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace LandPlatform.Messaging.Tests.Operations;

/// <summary>A service database that also keeps the audit trail, as every platform service's does.</summary>
public sealed class AuditedDb(DbContextOptions<AuditedDb> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.AddOutboxAndInbox().AddAuditTrail();
}

/// <summary>
/// A service-shaped web host: platform authentication against the development issuer, the audit trail, the bus on
/// the private broker with one always-failing consumer, and the operations API mapped as Program.cs maps it.
/// </summary>
public sealed class OperationsApiHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly TempDirectory _directory;

    private OperationsApiHost(WebApplication app, TempDirectory directory, string serviceName)
    {
        _app = app;
        _directory = directory;
        ServiceName = serviceName;
    }

    public string ServiceName { get; }

    public string FailingQueue => ServiceName + "-always-failing";

    public HttpClient Http { get; } = new();

    public IServiceProvider Services => _app.Services;

    public static WebApplication Build(
        IssuerFixture issuer, RabbitMqNode node, TempDirectory directory, string serviceName, Action<WebApplication> map)
    {
        var builder = WebApplication.CreateBuilder(Hosts.Args($"--Identity:Authority={issuer.Url}", $"--ConnectionStrings:bus={node.AmqpUri}"));
        builder.AddServiceDefaults();
        builder.AddPlatformAuthentication();
        builder.Services.AddSingleton<HandlerCalls>();
        builder.Services.AddDbContext<AuditedDb>(o => o.UseSqlite($"Data Source={Path.Combine(directory.Path, "service.db")}"));
        builder.AddAuditTrail<AuditedDb>();
        builder.AddEventBus<AuditedDb>(c => c.AddConsumer<AlwaysFailingConsumer>(), o =>
        {
            o.ServiceName = serviceName;
            o.RetryLimit = 1;
            o.RetryMinInterval = o.RetryMaxInterval = o.RetryIntervalDelta = TimeSpan.FromMilliseconds(20);
        });
        builder.Services.Configure<MassTransitHostOptions>(o => o.WaitUntilStarted = true);
        var app = builder.Build();
        app.MapDefaultEndpoints();
        app.UsePlatformAuthentication(afterAuthentication: audited => audited.UseAuditTrail());
        map(app);
        return app;
    }

    public static async Task<OperationsApiHost> StartAsync(IssuerFixture issuer, RabbitMqNode node)
    {
        var directory = TempDirectory.Create("lp-ops-");
        var serviceName = "o" + Guid.NewGuid().ToString("N")[..8];
        // Exactly the line each service's Program.cs has.
        var app = Build(issuer, node, directory, serviceName,
            a => a.MapMessagingOperations((endpoints, permission) => endpoints.RequirePermission(permission)));
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<AuditedDb>().Database.EnsureCreatedAsync();
        }

        var host = new OperationsApiHost(app, directory, serviceName);
        host.Http.BaseAddress = await Hosts.StartAsync(app);
        return host;
    }

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? token)
    {
        using var request = new HttpRequestMessage(method, path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await Http.SendAsync(request);
    }

    public async Task<T> WithDbAsync<T>(Func<AuditedDb, Task<T>> work)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<AuditedDb>());
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.DisposeAsync();
        _directory.Dispose();
    }
}
