using System.Net.Http.Json;
using System.Text.Json;
using LandPlatform.Reporting.Tests.Support;
using LandPlatform.Testing;
using LandPlatform.Testing.Identity;

namespace LandPlatform.Reporting.Tests;

/// <summary>
/// A lease-then-transfer lessee left and the district took the land back (《北京市工业用地先租后让指导意见（试行）》三（五）/（七））:
/// the province is told once, as the contract's termination, behind the parcel's supply record.
/// </summary>
[Collection(ReportingCollection.Name)]
public sealed class LeaseExitDeliveryTests(RabbitMqNode bus, IssuerFixture issuer)
{
    private static readonly DateTimeOffset Start = new(2024, 3, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task AnExitIsOneTerminationRecordHoweverOftenItArrivesAndReachesThePlatform()
    {
        await using var r = await ReportingUnderTest.StartAsync(bus, issuer);
        var parcel = new Facts($"EXT-{Guid.NewGuid():N}"[..12], Start);
        var exited = parcel.Exited();

        // The platform is down until every message is in, so the ledger is looked at before anything is sent.
        await r.Province.SetAsync("Down");
        await r.PublishAllAsync([parcel.Supplied(), parcel.Signed(), exited]);
        // The same message delivered again (the inbox drops it), and the same exit published again under a new
        // message id (its key, which names the fact, drops it).
        await r.PublishAsync(exited);
        await r.PublishAsync(exited with { EventId = Guid.CreateVersion7() });

        using var auditor = await r.As("auditor");
        await Eventually.HoldsAsync(async () => await ConsumedAsync(auditor) == 2, "both exit messages are consumed", Patience);
        await Eventually.HoldsAsync(async () => (await bus.ListQueuesAsync()).Where(q => q.Key.StartsWith("reporting-", StringComparison.Ordinal)).Sum(q => q.Value) == 0,
            "reporting's queues are drained, the redelivery included", Patience);
        Assert.Equal(2, await ConsumedAsync(auditor));

        var ledger = await r.LedgerAsync(parcel: parcel.ParcelCode);
        Assert.Equal(2, ledger.Count);
        var exit = Assert.Single(ledger, x => x.Kind == "Termination");
        Assert.Equal($"termination:exit:{parcel.ContractId:N}", exit.IdempotencyKey);

        await r.Province.SetAsync("Normal");
        await Eventually.HoldsAsync(async () => (await r.LedgerAsync(parcel: parcel.ParcelCode)).All(x => x.State == "Delivered"),
            "the supply record and the exit are delivered", Patience);
        var held = (await r.Province.RecordsAsync()).Where(h => h.ParcelCode == parcel.ParcelCode).OrderBy(h => h.Sequence).ToList();
        Assert.Equal(["SupplyResult", "Termination"], held.Select(h => h.Kind));
        var delivered = (await r.LedgerAsync("Delivered", parcel.ParcelCode)).Single(x => x.Id == exit.Id);
        Assert.Equal(held[1].ReceiptNumber, delivered.ReceiptNumber);

        using var body = JsonDocument.Parse(await r.Province.Http.GetStringAsync($"/admin/records/{exit.IdempotencyKey}"));
        var data = body.RootElement.GetProperty("data");
        Assert.Equal("LeaseExited", data.GetProperty("cause").GetString());
        Assert.Equal("2027-06-30", data.GetProperty("terminatedOn").GetString());
        Assert.Equal(parcel.ContractId.ToString(), data.GetProperty("contractId").GetString());
        // 123,456.78 元 of rent refunded → 12.345678 万元.
        Assert.Equal(12.345678m, data.GetProperty("rentRefund").GetDecimal());
    }

    private static async Task<int> ConsumedAsync(HttpClient auditor) =>
        (await auditor.GetFromJsonAsync<JsonElement>("/audit/records?operation=consume:LeaseExited")).GetProperty("total").GetInt32();
}
