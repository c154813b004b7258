using LandPlatform.IntegrationContracts.Events;
using LandPlatform.Messaging.Inbox;
using LandPlatform.Messaging.Outbox;
using LandPlatform.Persistence;
using LandPlatform.Testing;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LandPlatform.Messaging.Benchmarks;

/// <summary>
/// The platform's path, as two services run it: the publisher commits its state change and the event's outbox
/// row in one SaveChanges (one transaction) on its SQLite file; its dispatcher (AddEventBus, default options)
/// publishes; the consumer service's IdempotentConsumer stores the inbox row and the effect in one transaction
/// on its own SQLite file.
/// </summary>
public sealed class OutboxPath : IBenchPath
{
    private readonly IHost _publisher;
    private readonly IHost _consumer;
    private readonly TempDirectory _directory;
    private readonly Timings _timings;

    private OutboxPath(IHost publisher, IHost consumer, TempDirectory directory, Timings timings)
    {
        _publisher = publisher;
        _consumer = consumer;
        _directory = directory;
        _timings = timings;
    }

    public static async Task<IBenchPath> StartAsync(RabbitMqNode node, BenchSettings settings, string name, Timings timings)
    {
        var directory = TempDirectory.Create("lp-bench-events-");
        var publisher = await StartServiceAsync(node, settings, $"{name}-publisher", directory, consumer: false, timings);
        var consumer = await StartServiceAsync(node, settings, $"{name}-consumer", directory, consumer: true, timings);
        return new OutboxPath(publisher, consumer, directory, timings);
    }

    public async Task ProduceAsync(Guid applicationId)
    {
        // One request's unit of work: its own scope and DbContext, the state change and its event saved together.
        await using var scope = _publisher.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BenchDb>();
        db.Applications.Add(new SubmittedApplication { Id = applicationId, Uscc = "91330100MA2XXXXX1A" });
        db.AddIntegrationEvent(BenchSettings.Event(applicationId));
        await db.SaveChangesAsync();
        _timings.Committed(applicationId);
    }

    public async Task<(int Stored, int Distinct)> CountEffectsAsync()
    {
        await using var scope = _consumer.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BenchDb>();
        var stored = await db.Effects.CountAsync();
        var distinct = await db.Effects.Select(e => e.ApplicationId).Distinct().CountAsync();
        return (stored, distinct);
    }

    public async ValueTask DisposeAsync()
    {
        await _consumer.StopAsync();
        await _publisher.StopAsync();
        _consumer.Dispose();
        _publisher.Dispose();
        _directory.Dispose();
    }

    private static async Task<IHost> StartServiceAsync(
        RabbitMqNode node, BenchSettings settings, string name, TempDirectory directory, bool consumer, Timings timings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ApplicationName = name,
            DisableDefaults = true,
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:bus"] = node.AmqpUri.ToString(),
        });
        // The services' SQLite settings: SQLite's own busy timeout on every connection (DatabaseConnection) and, below,
        // write-ahead logging as DatabaseMigrator sets it. Without them the benchmark measured a configuration no
        // service runs: rollback journal, and Microsoft.Data.Sqlite's 150 ms sleep on every busy collision (the first
        // profile had the producers spending 72% of their time in that sleep).
        var database = new DatabaseConnection(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(directory.Path, name + ".db")}");
        builder.Services.AddDbContext<BenchDb>(o =>
        {
            database.Apply(o);
            if (settings.Synchronous != "FULL")
            {
                o.AddInterceptors(new SqliteSynchronous(settings.Synchronous));
            }
        });
        builder.AddEventBus<BenchDb>(bus =>
        {
            if (consumer)
            {
                bus.AddConsumer<ApplySubmission>();
                settings.ConfigureQueue(bus);
            }
        });
        builder.Services.Configure<MassTransitHostOptions>(o => o.WaitUntilStarted = true);

        var host = builder.Build();
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BenchDb>();
            await db.Database.EnsureCreatedAsync();
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        }

        await host.StartAsync();
        host.Services.GetRequiredService<IBus>().ConnectConsumeObserver(timings);
        return host;
    }
}

/// <summary>The platform consumer: inbox row and effect row in one transaction (IdempotentConsumer).</summary>
public sealed class ApplySubmission(BenchDb db, ILogger<ApplySubmission> logger)
    : IdempotentConsumer<ApplicationSubmitted, BenchDb>(db, logger)
{
    protected override Task HandleAsync(ApplicationSubmitted message, BenchDb db, ConsumeContext<ApplicationSubmitted> context)
    {
        db.Effects.Add(new AppliedSubmission { ApplicationId = message.ApplicationId, MessageId = context.MessageId!.Value });
        return Task.CompletedTask;
    }
}
