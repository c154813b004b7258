using LandPlatform.Reporting.Tests.Support;
using LandPlatform.Testing;
using LandPlatform.Testing.Identity;

namespace LandPlatform.Reporting.Tests;

[Collection(ReportingCollection.Name)]
public sealed class DeliveryThroughFaultsTests(RabbitMqNode bus, IssuerFixture issuer)
{
    private const int Parcels = 40;
    private const int RecordsPerParcel = 5;

    [Fact]
    public async Task TwoHundredRecordsArriveExactlyOnceWhileThePlatformIsDownSlowAndDropsReplies()
    {
        await using var r = await ReportingUnderTest.StartAsync(bus, issuer);
        var prefix = $"PDS-{Guid.NewGuid():N}"[..12];
        var start = new DateTimeOffset(2024, 3, 1, 8, 0, 0, TimeSpan.Zero);
        var parcels = Enumerable.Range(0, Parcels).Select(i => new Facts($"{prefix}-{i:D3}", start.AddMinutes(i))).ToList();

        // Down: every fact is consumed and recorded, nothing gets through, attempts pile up.
        await r.Province.SetAsync("Down");
        await r.PublishAllAsync(parcels.SelectMany(p => p.Lifecycle()));
        await Eventually.HoldsAsync(async () => (await r.CountsAsync()).Pending == Parcels * RecordsPerParcel,
            "all 200 records are in the ledger, pending", TimeSpan.FromSeconds(300));
        await Eventually.HoldsAsync(async () => (await r.LedgerAsync("Pending")).Count(x => x.Attempts >= 2) >= Parcels,
            "every parcel's first record failed at least twice while the platform was down", TimeSpan.FromSeconds(60));
        Assert.Equal(0, (await r.Province.StatsAsync()).Records);

        // Slow beyond the sender's 1 s timeout: the platform files records whose answers the sender gave up on.
        await r.Province.SetAsync("Slow", delayMs: 1_500);
        await Eventually.HoldsAsync(async () => (await r.Province.StatsAsync()).Records >= 10, "the slow platform files some records", TimeSpan.FromSeconds(60));

        // Dropping replies: stored, then the connection is cut, so the sender must try again.
        await r.Province.SetAsync("DropReply");
        var beforeDropping = (await r.Province.StatsAsync()).Records;
        await Eventually.HoldsAsync(async () => (await r.Province.StatsAsync()).Records >= beforeDropping + 5,
            "the platform files records whose replies are lost", TimeSpan.FromSeconds(60));

        await r.Province.SetAsync("Normal");
        await Eventually.HoldsAsync(async () => (await r.CountsAsync()).Delivered == Parcels * RecordsPerParcel,
            "the ledger shows all 200 delivered", TimeSpan.FromSeconds(180));

        var stats = await r.Province.StatsAsync();
        // The simulator is this test's alone. An assessment consumed before any of its contract's facts is queued under
        // "contract:{id}" rather than the parcel (AssessmentPassed names no parcel), so records are counted by key.
        var held = await r.Province.RecordsAsync();
        Assert.Equal(Parcels * RecordsPerParcel, held.Count);
        Assert.Equal(0, stats.DuplicateKeys);
        Assert.Equal(held.Count, held.Select(h => h.IdempotencyKey).Distinct().Count());
        // Lost replies and abandoned slow answers were retried and answered with the first receipt.
        Assert.True(stats.RepeatsAnswered > 0, "no repeat was answered, so no lost reply was retried");

        var ledger = await r.LedgerAsync("Delivered");
        var receipts = ledger.ToDictionary(x => x.IdempotencyKey, x => x.ReceiptNumber);
        Assert.All(held, h => Assert.Equal(h.ReceiptNumber, receipts[h.IdempotencyKey]));

        // Each parcel's records were filed in the order their facts happened.
        Assert.All(held.GroupBy(h => h.ParcelCode), parcel =>
            Assert.Equal(parcel.OrderBy(h => h.OccurredAt).Select(h => h.IdempotencyKey), parcel.OrderBy(h => h.Sequence).Select(h => h.IdempotencyKey)));
    }
}
