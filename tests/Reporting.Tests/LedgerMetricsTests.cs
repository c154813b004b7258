using System.Diagnostics.Metrics;
using LandPlatform.Reporting.Delivery;
using LandPlatform.Reporting.Tests.Support;
using LandPlatform.Testing;
using LandPlatform.Testing.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace LandPlatform.Reporting.Tests;

/// <summary>The ledger's gauge in the dashboard says what the operators' ledger API says.</summary>
[Collection(ReportingCollection.Name)]
public sealed class LedgerMetricsTests(RabbitMqNode bus, IssuerFixture issuer)
{
    [Fact]
    public async Task TheLedgerGaugeCountsTheRecordsInEachStateAsTheLedgerDoes()
    {
        await using var r = await ReportingUnderTest.StartAsync(bus, issuer);
        var parcel = new Facts($"MTR-{Guid.NewGuid():N}"[..12], new DateTimeOffset(2024, 3, 1, 8, 0, 0, TimeSpan.Zero));
        var meters = r.Service.Services.GetRequiredService<IMeterFactory>();

        await r.Province.SetAsync("Down");
        await r.PublishAllAsync(parcel.Lifecycle());
        await Eventually.HoldsAsync(async () => (await r.CountsAsync()) is { Pending: > 0, Delivered: 0 } counts
                && Gauge(meters) is var gauge && gauge["Pending"] == counts.Pending && gauge["Delivered"] == 0,
            "the gauge counts the pending records while the platform is down", TimeSpan.FromSeconds(60));

        await r.Province.SetAsync("Normal");
        await Eventually.HoldsAsync(async () => (await r.CountsAsync()) is { Pending: 0, Delivered: > 0 } counts
                && Gauge(meters) is var gauge && gauge["Delivered"] == counts.Delivered && gauge["Pending"] == 0
                && gauge["Rejected"] == 0 && gauge["Parked"] == 0,
            "the gauge counts them delivered once the platform answers", TimeSpan.FromSeconds(60));
    }

    /// <summary>One observation of reporting.ledger.records from this service's meters, by state.</summary>
    private static Dictionary<string, int> Gauge(IMeterFactory meters)
    {
        var observed = new Dictionary<string, int>(StringComparer.Ordinal);
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == ReportingTelemetry.Name && ReferenceEquals(instrument.Meter.Scope, meters)
                    && instrument.Name == "reporting.ledger.records")
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<int>((_, value, tags, _) =>
        {
            foreach (var tag in tags)
            {
                if (tag.Key == "state")
                {
                    observed[(string)tag.Value!] = value;
                }
            }
        });
        listener.Start();
        listener.RecordObservableInstruments();
        return observed;
    }
}
