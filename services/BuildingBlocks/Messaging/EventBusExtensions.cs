using LandPlatform.IntegrationContracts.Events;
using LandPlatform.Messaging.Inbox;
using LandPlatform.Messaging.Operations;
using LandPlatform.Messaging.Outbox;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace LandPlatform.Messaging;

public static class EventBusExtensions
{
    /// <summary>
    /// One MassTransit bus on RabbitMQ for this service, plus the outbox dispatcher and signal for
    /// <typeparamref name="TDbContext"/> (whose model must call <c>AddOutboxAndInbox()</c>). Register consumers in
    /// <paramref name="configure"/>; their queues are declared by ConfigureEndpoints with the service's prefix.
    /// </summary>
    public static IHostApplicationBuilder AddEventBus<TDbContext>(
        this IHostApplicationBuilder builder,
        Action<IBusRegistrationConfigurator>? configure = null,
        Action<EventBusOptions>? options = null)
        where TDbContext : DbContext
    {
        ArgumentNullException.ThrowIfNull(builder);

        // Fail at start-up, not at the first publish, when an event type drifted from its stable name.
        IntegrationEventCatalog.Validate();

        var busOptions = new EventBusOptions { ServiceName = PlatformServiceName(builder.Environment.ApplicationName) };
        options?.Invoke(busOptions);
        var connectionString = builder.Configuration.GetConnectionString(busOptions.ConnectionStringName)
            ?? throw new InvalidOperationException(
                $"ConnectionStrings:{busOptions.ConnectionStringName} (an amqp:// URI) is not configured.");
        var amqp = AmqpUri.Parse(connectionString);
        var endpointNames = new KebabCaseEndpointNameFormatter(EndpointPrefix(busOptions.ServiceName), false);
        var serviceQueues = new ServiceQueues(EndpointPrefix(busOptions.ServiceName));

        builder.Services.AddSingleton(busOptions);
        builder.Services.AddOptions<OutboxOptions>().Bind(builder.Configuration.GetSection(OutboxOptions.SectionName));
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddSingleton<OutboxSignal>();
        builder.Services.TryAddSingleton<OutboxSignalInterceptor>();
        builder.Services.TryAddSingleton<SqliteWriteGateInterceptor>();
        builder.Services.ConfigureDbContext<TDbContext>((sp, db) => db.AddInterceptors(
            sp.GetRequiredService<SqliteWriteGateInterceptor>(), sp.GetRequiredService<OutboxSignalInterceptor>()));
        builder.Services.AddHostedService<OutboxDispatcher<TDbContext>>();
        builder.Services.AddMessagingOperations<TDbContext>(serviceQueues, amqp);

        // MassTransit adds its own check ("masstransit-bus", tags "ready"/"masstransit") but it only watches
        // receive endpoints; "bus" also probes the broker so publish-only services turn unready in an outage.
        builder.Services.AddHealthChecks().Add(new HealthCheckRegistration(
            busOptions.HealthCheckName,
            sp => new BrokerHealthCheck(sp.GetRequiredService<IBusControl>(), amqp),
            HealthStatus.Unhealthy,
            ["ready"]));

        builder.Services.AddMassTransit(bus =>
        {
            // MassTransit 8.4 otherwise reports usage to usage-tracking.masstransit.io a few minutes after start.
            // A government platform sends nothing to third parties; on a closed network the attempt also fails
            // with a logged stack trace, whose rendering loads the PDB reader (~7 MB resident per service).
            bus.DisableUsageTelemetry();
            bus.SetEndpointNameFormatter(endpointNames);
            bus.ConfigureHealthCheckOptions(h => h.MinimalFailureStatus = HealthStatus.Unhealthy);
            configure?.Invoke(bus);

            bus.UsingRabbitMq((context, cfg) =>
            {
                cfg.Host(amqp.Host, amqp.Port, amqp.VirtualHost, h =>
                {
                    h.Username(amqp.Username);
                    h.Password(amqp.Password);
                });

                // Only concrete events get exchanges; the abstract base would fan every event into one exchange.
                cfg.Publish<IntegrationEvent>(p => p.Exclude = true);

                cfg.UseMessageRetry(r =>
                {
                    r.Exponential(busOptions.RetryLimit, busOptions.RetryMinInterval, busOptions.RetryMaxInterval,
                        busOptions.RetryIntervalDelta);
                    r.Ignore<MissingMessageIdException>();
                });

                // Records each queue ConfigureEndpoints declares: the operations API lists and replays only those.
                cfg.ConnectEndpointConfigurationObserver(serviceQueues);
                cfg.ConfigureEndpoints(context, endpointNames);
            });
        });

        return builder;
    }

    private static string EndpointPrefix(string? serviceName)
    {
        if (string.IsNullOrWhiteSpace(serviceName))
        {
            return string.Empty;
        }

        return $"{PlatformServiceName(serviceName)}-";
    }

    /// <summary>
    /// "LandPlatform.Credit" → "credit": the name the platform knows a service by (its gateway prefix and
    /// service identity), so queue names stay short and audit records name the publisher as operators do.
    /// </summary>
    private static string PlatformServiceName(string applicationName) =>
        applicationName.Split('.', StringSplitOptions.RemoveEmptyEntries)[^1].ToLowerInvariant();
}
