using LandPlatform.Messaging.Outbox;
using LandPlatform.Testing;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LandPlatform.Messaging.Tests.Support;

/// <summary>
/// One "service": its own generic host, bus, SQLite file and outbox dispatcher, as in production — two of these
/// in a test are two services talking through the broker.
/// </summary>
public sealed class ServiceHost : IAsyncDisposable
{
    private readonly TempDirectory _directory;

    private ServiceHost(IHost host, TempDirectory directory, string serviceName)
    {
        Host = host;
        _directory = directory;
        ServiceName = serviceName;
    }

    public IHost Host { get; }

    public string ServiceName { get; }

    public HandlerCalls Calls => Host.Services.GetRequiredService<HandlerCalls>();

    public static async Task<ServiceHost> StartAsync(
        RabbitMqNode node,
        Action<IBusRegistrationConfigurator>? consumers = null,
        Action<OutboxOptions>? outbox = null,
        Action<EventBusOptions>? bus = null)
    {
        ActivityCapture.EnsureListening();
        var directory = TempDirectory.Create("lp-svc-");
        // Unique per host so queues from earlier tests (durable on the shared node) never feed this one.
        var serviceName = "t" + Guid.NewGuid().ToString("N")[..8];

        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ApplicationName = serviceName,
            DisableDefaults = true,
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:bus"] = node.AmqpUri.ToString(),
        });
        // Quiet by default; LP_TEST_LOGS=1 shows the bus and dispatcher at work when a test needs explaining.
        if (Environment.GetEnvironmentVariable("LP_TEST_LOGS") == "1")
        {
            builder.Logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Information);
        }
        builder.Services.AddSingleton<HandlerCalls>();
        builder.Services.AddDbContext<TestDb>(o => o.UseSqlite($"Data Source={Path.Combine(directory.Path, "service.db")}"));
        builder.AddEventBus<TestDb>(consumers, o =>
        {
            o.RetryLimit = 2;
            o.RetryMinInterval = TimeSpan.FromMilliseconds(50);
            o.RetryMaxInterval = TimeSpan.FromMilliseconds(200);
            o.RetryIntervalDelta = TimeSpan.FromMilliseconds(50);
            bus?.Invoke(o);
        });
        // Tests publish right after start; a consumer's queue must be bound by then or the event has nowhere to go.
        builder.Services.Configure<MassTransitHostOptions>(o =>
        {
            o.WaitUntilStarted = true;
            o.StartTimeout = TimeSpan.FromSeconds(30);
        });
        builder.Services.Configure<OutboxOptions>(o =>
        {
            o.PollInterval = TimeSpan.FromMilliseconds(500);
            o.InitialBackoff = TimeSpan.FromMilliseconds(100);
            o.MaxBackoff = TimeSpan.FromMilliseconds(500);
            o.PublishTimeout = TimeSpan.FromSeconds(2);
            o.MaxOutageBackoff = TimeSpan.FromSeconds(1);
            outbox?.Invoke(o);
        });

        var host = builder.Build();
        await using (var scope = host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<TestDb>().Database.EnsureCreatedAsync();
        }

        await host.StartAsync();
        return new ServiceHost(host, directory, serviceName);
    }

    /// <summary>Runs <paramref name="work"/> against a fresh DbContext, as one request would.</summary>
    public async Task<T> WithDbAsync<T>(Func<TestDb, Task<T>> work)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<TestDb>());
    }

    public Task WithDbAsync(Func<TestDb, Task> work) => WithDbAsync(async db =>
    {
        await work(db);
        return true;
    });

    public async Task<HealthStatus> BusHealthAsync()
    {
        var report = await Host.Services.GetRequiredService<HealthCheckService>()
            .CheckHealthAsync(r => r.Name == "bus" && r.Tags.Contains("ready"));
        return report.Entries.Count == 1 ? report.Status : throw new InvalidOperationException("No 'bus' check.");
    }

    public async ValueTask DisposeAsync()
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        await Host.StopAsync(stop.Token);
        Host.Dispose();
        _directory.Dispose();
    }
}
