using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace LandPlatform.ServiceDefaults.Telemetry;

/// <summary>
/// Traces, metrics and logs over OTLP. OpenTelemetry.Extensions.Hosting is not obtainable here, so
/// the providers are built with the SDK directly and registered as singletons: the host disposes
/// them on shutdown, which flushes whatever is still buffered.
/// </summary>
public static class PlatformTelemetry
{
    /// <summary>Activity sources and meters the platform's own code uses are named under this prefix.</summary>
    public const string PlatformSourcePrefix = "LandPlatform.";

    internal static readonly string[] ActivitySources =
    [
        "Microsoft.AspNetCore",
        "System.Net.Http",
        "MassTransit",
        PlatformSourcePrefix + "*",
    ];

    internal static readonly string[] Meters =
    [
        "Microsoft.AspNetCore.Hosting",
        "Microsoft.AspNetCore.Server.Kestrel",
        "System.Net.Http",
        "System.Runtime",
        "MassTransit",
        PlatformSourcePrefix + "*",
    ];

    public static IHostApplicationBuilder AddPlatformTelemetry(this IHostApplicationBuilder builder)
    {
        var settings = TelemetrySettings.From(builder.Configuration, builder.Environment.ApplicationName);
        var resource = ResourceBuilder.CreateDefault().AddService(settings.ServiceName);

        builder.Logging.AddOpenTelemetry(logging =>
        {
            logging.SetResourceBuilder(resource);
            logging.IncludeFormattedMessage = true;
            logging.IncludeScopes = true;
            if (settings.OtlpEndpoint is not null)
            {
                logging.AddOtlpExporter(o => settings.Configure(o, "v1/logs"));
            }
        });

        // The tracer provider is built even without an exporter: it is the listener that makes
        // ASP.NET Core and HttpClient create activities, so trace context still flows between
        // services (and into logs) when no collector is configured.
        var tracing = Sdk.CreateTracerProviderBuilder()
            .SetResourceBuilder(resource)
            .SetSampler(new ParentBasedSampler(new AlwaysOnSampler()))
            .AddSource(ActivitySources);
        if (settings.OtlpEndpoint is not null)
        {
            tracing.AddOtlpExporter(o => settings.Configure(o, "v1/traces"));
        }

        builder.Services.AddSingleton(_ => tracing.Build());

        if (settings.OtlpEndpoint is not null)
        {
            var metrics = Sdk.CreateMeterProviderBuilder()
                .SetResourceBuilder(resource)
                .AddMeter(Meters)
                .AddOtlpExporter((o, reader) =>
                {
                    settings.Configure(o, "v1/metrics");
                    reader.PeriodicExportingMetricReaderOptions.ExportIntervalMilliseconds = settings.MetricExportIntervalMs;
                });
            builder.Services.AddSingleton(_ => metrics.Build());
        }

        // Resolving the providers at start-up is what starts them listening.
        builder.Services.AddHostedService<TelemetryProviderActivation>();
        return builder;
    }
}
