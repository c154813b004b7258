using Microsoft.Extensions.Configuration;
using OpenTelemetry.Exporter;

namespace LandPlatform.ServiceDefaults.Telemetry;

/// <summary>The standard OTEL_* settings, read from configuration (environment variables included).</summary>
internal sealed record TelemetrySettings(
    string ServiceName,
    Uri? OtlpEndpoint,
    OtlpExportProtocol Protocol,
    string? Headers,
    int MetricExportIntervalMs)
{
    public static TelemetrySettings From(IConfiguration configuration, string applicationName)
    {
        var endpoint = configuration["OTEL_EXPORTER_OTLP_ENDPOINT"];
        var protocol = configuration["OTEL_EXPORTER_OTLP_PROTOCOL"] switch
        {
            "grpc" => OtlpExportProtocol.Grpc,
            // HTTP/protobuf is the default: it needs no gRPC stack and reaches any OTLP endpoint.
            _ => OtlpExportProtocol.HttpProtobuf,
        };
        return new TelemetrySettings(
            configuration["OTEL_SERVICE_NAME"] is { Length: > 0 } name ? name : applicationName,
            string.IsNullOrWhiteSpace(endpoint) ? null : new Uri(endpoint),
            protocol,
            configuration["OTEL_EXPORTER_OTLP_HEADERS"],
            int.TryParse(configuration["OTEL_METRIC_EXPORT_INTERVAL"], out var interval) && interval > 0 ? interval : 60_000);
    }

    /// <summary>
    /// With HTTP/protobuf, a base endpoint must be completed with the signal's path; the SDK only
    /// does that itself when the endpoint comes from the environment, and ours may come from any
    /// configuration source.
    /// </summary>
    public void Configure(OtlpExporterOptions options, string signalPath)
    {
        options.Protocol = Protocol;
        options.Endpoint = Protocol == OtlpExportProtocol.HttpProtobuf
            ? new Uri(OtlpEndpoint!, OtlpEndpoint!.AbsolutePath.TrimEnd('/') + "/" + signalPath)
            : OtlpEndpoint!;
        if (Headers is not null)
        {
            options.Headers = Headers;
        }
    }
}
