using System.Net;
using System.Text.Json;
using LandPlatform.IntegrationContracts.Events;
using LandPlatform.Testing;
using LandPlatform.Testing.Identity;
using LandPlatform.Testing.Messaging;
using LandPlatform.Testing.Services;

namespace LandPlatform.Monitoring.Tests;

/// <summary>Monitoring opens a pipeline file for every application admission announces on the bus.</summary>
[Collection(MonitoringCollection.Name)]
public sealed class PipelineFromAdmissionEventsTests(RabbitMqNode bus, IssuerFixture issuer) : IAsyncLifetime
{
    private readonly TempDirectory _data = TempDirectory.Create("lp-monitoring-");
    private ServiceUnderTest<Program> _monitoring = null!;
    private BusProbe _admission = null!;

    public async Task InitializeAsync()
    {
        _monitoring = new ServiceUnderTest<Program>("monitoring", issuer, bus.AmqpUri.ToString(), _data, new Dictionary<string, string?>
        {
            // Contracts is not called by these tests; discovery only needs an address.
            ["services:contracts:grpc:0"] = "http://127.0.0.1:9",
        });
        _monitoring.StartServer();
        await WaitForConsumerQueue();
        _admission = await BusProbe.StartAsync(bus.AmqpUri);
    }

    public async Task DisposeAsync()
    {
        await _admission.DisposeAsync();
        await _monitoring.DisposeAsync();
        _data.Dispose();
    }

    [Fact]
    public async Task AnApplicationSubmittedEventOpensAPipelineFileVisibleOverRest()
    {
        var submitted = Submitted();

        await _admission.PublishAsync(submitted, submitted.EventId, publisher: "admission");

        var project = await PipelineEntry(submitted.ApplicationId);
        Assert.Equal(submitted.Uscc, project.GetProperty("uscc").GetString());
        Assert.Equal("Submitted", project.GetProperty("admissionStatus").GetString());
    }

    [Fact]
    public async Task TheSameMessageDeliveredTwiceOpensOneFileAndOneAuditRecord()
    {
        var submitted = Submitted();

        await _admission.PublishAsync(submitted, submitted.EventId, publisher: "admission");
        await _admission.PublishAsync(submitted, submitted.EventId, publisher: "admission");
        await PipelineEntry(submitted.ApplicationId);
        // A later, different message proves the duplicate has been consumed (queues are ordered).
        var later = Submitted();
        await _admission.PublishAsync(later, later.EventId, publisher: "admission");
        await PipelineEntry(later.ApplicationId);

        using var reader = _monitoring.Client(await issuer.PersonTokenAsync("development.clerk"));
        var all = JsonDocument.Parse(await reader.GetStringAsync($"/pipeline?uscc={submitted.Uscc}")).RootElement;
        Assert.Single(all.EnumerateArray(), p => p.GetProperty("applicationId").GetGuid() == submitted.ApplicationId);

        using var auditor = _monitoring.Client(await issuer.PersonTokenAsync("auditor"));
        var records = JsonDocument.Parse(await auditor.GetStringAsync($"/audit/records?resourceId={submitted.ApplicationId}")).RootElement;
        var record = Assert.Single(records.GetProperty("items").EnumerateArray());
        Assert.Equal("consume:ApplicationSubmitted", record.GetProperty("operation").GetString());
        Assert.Equal("service:admission", record.GetProperty("personId").GetString());
        Assert.Equal($"message:ApplicationSubmitted:{submitted.EventId}", record.GetProperty("source").GetString());
    }

    [Fact]
    public async Task ThePipelineIsReadByStaffButNotAnonymously()
    {
        using var anonymous = _monitoring.Client();
        using var response = await anonymous.GetAsync("/pipeline");

        await ProblemAssert.IsProblem(response, HttpStatusCode.Unauthorized);
    }

    private static ApplicationSubmitted Submitted() => new(
        Guid.CreateVersion7(), "91350100M000100Y43", "闽侯示范智能制造有限公司", "新一代信息技术", 10000m, "tianjin-binhai-m0-2023", "Submitted");

    private async Task<JsonElement> PipelineEntry(Guid applicationId)
    {
        using var client = _monitoring.Client(await issuer.PersonTokenAsync("development.clerk"));
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            using var response = await client.GetAsync($"/pipeline/{applicationId}");
            if (response.StatusCode == HttpStatusCode.OK)
            {
                return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            }

            Assert.True(DateTime.UtcNow < deadline, $"application {applicationId} never reached monitoring");
            await Task.Delay(100);
        }
    }

    /// <summary>The service's queue must be bound before the probe publishes, or the event has nowhere to go.</summary>
    private async Task WaitForConsumerQueue()
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!(await bus.ListQueuesAsync()).Keys.Any(q => q.StartsWith("monitoring-", StringComparison.Ordinal)))
        {
            Assert.True(DateTime.UtcNow < deadline, "monitoring never bound its queue");
            await Task.Delay(200);
        }
    }
}
