using System.Diagnostics;
using System.Net;
using System.Text;
using LandPlatform.ServiceDefaults.Tests.Support;

namespace LandPlatform.ServiceDefaults.Tests;

/// <summary>Traces and logs reach an OTLP/HTTP endpoint under OTEL_SERVICE_NAME, and nothing buffered is lost at shutdown.</summary>
public sealed class TelemetryTests
{
    private static async Task<HttpStatusCode> GetHelloAsync(DefaultsApp app, ActivityTraceId traceId, string path = "/hello")
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(app.Http, path));
        request.Headers.Add("traceparent", $"00-{traceId.ToHexString()}-{ActivitySpanId.CreateRandom().ToHexString()}-01");
        using var response = await http.SendAsync(request);
        return response.StatusCode;
    }

    [Fact]
    public async Task ARequestsTraceAndLogsAreExportedUnderTheServiceNameAndFlushedAtShutdown()
    {
        await using var collector = await OtlpCollector.StartAsync();
        var serviceName = "lp-otel-" + Guid.NewGuid().ToString("N")[..8];
        var traceId = ActivityTraceId.CreateRandom();
        var app = await DefaultsApp.StartAsync("Production",
            $"--OTEL_EXPORTER_OTLP_ENDPOINT={collector.Url}", $"--OTEL_SERVICE_NAME={serviceName}");

        Assert.Equal(HttpStatusCode.OK, await GetHelloAsync(app, traceId));
        var probeTraceId = ActivityTraceId.CreateRandom();
        Assert.Equal(HttpStatusCode.OK, await GetHelloAsync(app, probeTraceId, "/health"));
        // The platform's own sources (outbox dispatch, for one) and MassTransit's are listened to as well.
        using (var platform = new ActivitySource("LandPlatform.TelemetryTests"))
        using (var bus = new ActivitySource("MassTransit"))
        {
            platform.StartActivity("outbox dispatch")?.Dispose();
            bus.StartActivity("bus publish")?.Dispose();
        }

        // The batch processors export every few seconds; asserting right after shutdown, without
        // waiting, proves disposal flushed what was still buffered.
        await app.App.StopAsync();
        await app.DisposeAsync();

        var name = Encoding.UTF8.GetBytes(serviceName);
        var id = Convert.FromHexString(traceId.ToHexString());
        Assert.Contains(collector.Bodies("traces"), body => OtlpCollector.Contains(body, name) && OtlpCollector.Contains(body, id));
        Assert.Contains(collector.Bodies("traces"), body => OtlpCollector.Contains(body, "outbox dispatch"u8));
        Assert.Contains(collector.Bodies("traces"), body => OtlpCollector.Contains(body, "bus publish"u8));
        // Health probes arrive every few seconds; they are not traced.
        var probeId = Convert.FromHexString(probeTraceId.ToHexString());
        Assert.DoesNotContain(collector.Bodies("traces"), body => OtlpCollector.Contains(body, probeId));
        Assert.Contains(collector.Bodies("logs"), body => OtlpCollector.Contains(body, name)
            && OtlpCollector.Contains(body, Encoding.UTF8.GetBytes(DefaultsApp.LogMarker))
            && OtlpCollector.Contains(body, id));
    }

    [Fact]
    public async Task WithoutAnEndpointNothingIsExportedAndTheAppStillWorks()
    {
        // Were an exporter added anyway it would post to the OTLP default, localhost:4318; listen there if we can.
        OtlpCollector? defaultCollector = null;
        try
        {
            defaultCollector = await OtlpCollector.StartAsync("http://localhost:4318");
        }
        catch (IOException)
        {
            // Port taken on this machine: the app's behaviour is still checked below.
        }

        try
        {
            var app = await DefaultsApp.StartAsync();
            Assert.Equal(HttpStatusCode.OK, await GetHelloAsync(app, ActivityTraceId.CreateRandom()));
            await app.App.StopAsync();
            await app.DisposeAsync();

            Assert.Equal(0, defaultCollector?.Count ?? 0);
        }
        finally
        {
            if (defaultCollector is not null)
            {
                await defaultCollector.DisposeAsync();
            }
        }
    }
}
