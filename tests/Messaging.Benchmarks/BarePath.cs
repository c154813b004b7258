using System.Collections.Concurrent;
using LandPlatform.IntegrationContracts.Events;
using LandPlatform.Testing;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace LandPlatform.Messaging.Benchmarks;

/// <summary>
/// The baseline: MassTransit as it comes — one bus publishes, another consumes and counts in memory. No database,
/// no outbox, no inbox, no retry; only what every path needs (same broker, same prefetch, same message).
/// </summary>
public sealed class BarePath : IBenchPath
{
    private readonly IHost _publisher;
    private readonly IHost _consumer;
    private readonly IBus _bus;
    private readonly Timings _timings;

    private BarePath(IHost publisher, IHost consumer, Timings timings)
    {
        _publisher = publisher;
        _consumer = consumer;
        _bus = publisher.Services.GetRequiredService<IBus>();
        _timings = timings;
    }

    public static async Task<IBenchPath> StartAsync(RabbitMqNode node, BenchSettings settings, string name, Timings timings)
    {
        var publisher = await StartHostAsync(node, settings, name, consumer: false, timings);
        var consumer = await StartHostAsync(node, settings, name, consumer: true, timings);
        return new BarePath(publisher, consumer, timings);
    }

    public async Task ProduceAsync(Guid applicationId)
    {
        var message = BenchSettings.Event(applicationId);
        _timings.Committed(applicationId);
        await _bus.Publish(message, c => c.MessageId = message.EventId);
    }

    public Task<(int Stored, int Distinct)> CountEffectsAsync()
    {
        var effects = _consumer.Services.GetRequiredService<BareEffects>();
        return Task.FromResult((effects.Stored, effects.Distinct));
    }

    public async ValueTask DisposeAsync()
    {
        await _consumer.StopAsync();
        await _publisher.StopAsync();
        _consumer.Dispose();
        _publisher.Dispose();
    }

    private static async Task<IHost> StartHostAsync(RabbitMqNode node, BenchSettings settings, string name, bool consumer, Timings timings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Services.AddSingleton<BareEffects>();
        builder.Services.Configure<MassTransitHostOptions>(o => o.WaitUntilStarted = true);
        builder.Services.AddMassTransit(bus =>
        {
            bus.DisableUsageTelemetry();
            if (consumer)
            {
                bus.AddConsumer<CountSubmission>();
                bus.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter(name + "-", false));
                settings.ConfigureQueue(bus);
            }

            bus.UsingRabbitMq((context, cfg) =>
            {
                cfg.Host("127.0.0.1", (ushort)node.AmqpPort, "/", h =>
                {
                    h.Username("guest");
                    h.Password("guest");
                });
                cfg.Publish<IntegrationEvent>(p => p.Exclude = true);
                cfg.ConfigureEndpoints(context);
            });
        });
        var host = builder.Build();
        await host.StartAsync();
        host.Services.GetRequiredService<IBus>().ConnectConsumeObserver(timings);
        return host;
    }
}

/// <summary>The bare consumer's effect: a count per message, in memory.</summary>
public sealed class BareEffects
{
    private readonly ConcurrentDictionary<Guid, int> _applied = new();

    public int Stored => _applied.Values.Sum();

    public int Distinct => _applied.Count;

    public void Apply(Guid applicationId) => _applied.AddOrUpdate(applicationId, 1, (_, n) => n + 1);
}

public sealed class CountSubmission(BareEffects effects) : IConsumer<ApplicationSubmitted>
{
    public Task Consume(ConsumeContext<ApplicationSubmitted> context)
    {
        effects.Apply(context.Message.ApplicationId);
        return Task.CompletedTask;
    }
}
