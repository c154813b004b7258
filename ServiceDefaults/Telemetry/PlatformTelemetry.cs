using LandPlatform.ServiceDefaults.Health;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace LandPlatform.ServiceDefaults.Telemetry;

/// <summary>
/// Traces, metrics and logs through OpenTelemetry.Extensions.Hosting, as in Aspire's template. The OTLP
/// exporter is added only when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set (the AppHost injects it); the
/// tracer provider is there either way, because it is the listener that makes ASP.NET Core, HttpClient
/// and MassTransit create activities, so trace context still flows between services and into messages.
/// The host disposes the providers at shutdown, which flushes whatever is still buffered.
/// </summary>
public static class PlatformTelemetry
{
    /// <summary>Activity sources and meters the platform's own code uses are named under this prefix.</summary>
    public const string PlatformSourcePrefix = "LandPlatform.";

    public static TBuilder ConfigureOpenTelemetry<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        builder.Logging.AddOpenTelemetry(logging =>
        {
            logging.IncludeFormattedMessage = true;
            logging.IncludeScopes = true;
        });

        var telemetry = builder.Services.AddOpenTelemetry();
        if (string.IsNullOrWhiteSpace(builder.Configuration["OTEL_SERVICE_NAME"]))
        {
            // Outside the AppHost the process still reports under its own name, not "unknown_service".
            telemetry.ConfigureResource(resource => resource.AddService(builder.Environment.ApplicationName));
        }

        telemetry
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter("MassTransit", PlatformSourcePrefix + "*")
                .LimitCardinality())
            .WithTracing(tracing => tracing
                .SetPlatformSampler(builder.Configuration)
                .AddSource(builder.Environment.ApplicationName, "MassTransit", PlatformSourcePrefix + "*")
                // Without Grpc.Net.Client's own source the HTTP span of a gRPC call loses its parent.
                .AddSource("Grpc.Net.Client")
                .AddAspNetCoreInstrumentation(aspnet => aspnet.Filter = context => !IsProbe(context.Request.Path))
                .AddGrpcClientInstrumentation()
                // .NET 9+ emits HttpClient's spans itself, with the semantic conventions, so the source is enough
                // (the Http instrumentation package serves the metrics). Its tracing listener would inject the
                // context a second time and replace a traceparent already on the request, where the runtime
                // leaves it: every in-process test that follows a request by its trace id broke.
                .AddSource("System.Net.Http"));

        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            if (string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_PROTOCOL"]))
            {
                // The SDK's default is gRPC; the platform has always defaulted to HTTP/protobuf (port 4318),
                // which the README documents and the AppHost's dashboard speaks too.
                builder.Configuration.AddInMemoryCollection([new("OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf")]);
            }

            telemetry.UseOtlpExporter();
            builder.Services.RemoveResilienceFromExporters();
        }

        return builder;
    }

    /// <summary>New traces a process starts per second at most (<see cref="TraceRateSampler"/>).</summary>
    public const string NewTracesPerSecondKey = "Telemetry:NewTracesPerSecond";

    public const double DefaultNewTracesPerSecond = 100;

    /// <summary>
    /// A caller's decision is followed (whole traces across services); new traces are rate-limited. The standard
    /// <c>OTEL_TRACES_SAMPLER</c> variable, when set, wins: the SDK reads it only when no sampler is set here.
    /// </summary>
    private static TracerProviderBuilder SetPlatformSampler(this TracerProviderBuilder tracing, IConfiguration configuration)
    {
        if (!string.IsNullOrWhiteSpace(configuration["OTEL_TRACES_SAMPLER"]))
        {
            return tracing;
        }

        var perSecond = configuration.GetValue(NewTracesPerSecondKey, DefaultNewTracesPerSecond);
        return tracing.SetSampler(new ParentBasedSampler(new TraceRateSampler(perSecond, TimeProvider.System)));
    }

    /// <summary>
    /// The OTLP exporter sends through IHttpClientFactory clients of these names, which ConfigureHttpClientDefaults
    /// would wrap in the standard resilience pipeline: a rate limiter, timeouts and retries on every export, on
    /// the exporter's own thread (4.5% of the gateway's busy time under load, in the profile of issue 15). The
    /// exporter has its own timeout and retry, and telemetry must never compete with requests for a circuit.
    /// </summary>
    internal static readonly string[] ExporterClients = ["OtlpTraceExporter", "OtlpMetricExporter", "OtlpLogExporter"];

    private static void RemoveResilienceFromExporters(this IServiceCollection services)
    {
        foreach (var client in ExporterClients)
        {
#pragma warning disable EXTEXP0001 // experimental, and the library's only way to opt one client out of the defaults
            services.AddHttpClient(client).RemoveAllResilienceHandlers();
#pragma warning restore EXTEXP0001
        }
    }

    /// <summary>Probes arrive every few seconds from the AppHost and the gateway: tracing them would bury the real requests.</summary>
    private static bool IsProbe(PathString path) =>
        path.StartsWithSegments(HealthEndpoints.HealthPath) || path.StartsWithSegments(HealthEndpoints.AlivePath);
}
