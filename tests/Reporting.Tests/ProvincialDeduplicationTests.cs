using LandPlatform.ProvincialProtocol;
using LandPlatform.Reporting.Delivery;
using LandPlatform.Reporting.Domain;
using LandPlatform.Reporting.Records;
using LandPlatform.Reporting.Tests.Support;
using LandPlatform.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace LandPlatform.Reporting.Tests;

/// <summary>
/// The province recognises a repeat by the sender and its key together: each district derives its keys from its own
/// facts (parcel codes are numbered per district), so two districts can meet on a key, and each must get its own receipt.
/// </summary>
public sealed class ProvincialDeduplicationTests
{
    private static readonly DateTimeOffset Start = new(2024, 3, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task TheSameKeyFromTwoDistrictsIsTwoRecordsAndEachRepeatGetsItsOwnDistrictsReceipt()
    {
        using var data = TempDirectory.Create("lp-provincial-");
        await using var province = await ProvincialSimulator.StartAsync(data);
        using var http = new HttpClient();
        var ours = Sender(http, province, ProvincialSimulator.District, province.HmacSecret);
        var theirs = Sender(http, province, ProvincialSimulator.Neighbour, province.NeighbourSecret);

        // Both districts list their own parcel "PC-2024-017" as inefficient on the same day: the same key.
        var ourListing = LifecycleRecords.LedgerChanged(new Facts("PC-2024-017", Start).Inefficient());
        var theirListing = LifecycleRecords.LedgerChanged(new Facts("PC-2024-017", Start).Inefficient());
        Assert.Equal(ourListing.IdempotencyKey, theirListing.IdempotencyKey);

        var ourReceipt = Receipt(await ours.SendAsync(Wire(ourListing, ProvincialSimulator.District), Timeout, CancellationToken.None));
        var theirReceipt = Receipt(await theirs.SendAsync(Wire(theirListing, ProvincialSimulator.Neighbour), Timeout, CancellationToken.None));
        Assert.NotEqual(ourReceipt, theirReceipt);

        // Each district's repeat (a lost reply, a replay) is answered with that district's own first receipt.
        Assert.Equal(theirReceipt, Receipt(await theirs.SendAsync(Wire(theirListing, ProvincialSimulator.Neighbour), Timeout, CancellationToken.None)));
        Assert.Equal(ourReceipt, Receipt(await ours.SendAsync(Wire(ourListing, ProvincialSimulator.District), Timeout, CancellationToken.None)));

        var stats = await province.StatsAsync();
        Assert.Equal(2, stats.Records);
        Assert.Equal(0, stats.DuplicateKeys);
        Assert.Equal(2, stats.RepeatsAnswered);
        var held = (await province.RecordsAsync()).OrderBy(h => h.Sequence).ToList();
        Assert.Equal(new[] { (ProvincialSimulator.District, ourReceipt), (ProvincialSimulator.Neighbour, theirReceipt) },
            held.Select(h => (h.DistrictCode, h.ReceiptNumber)));
        var theirBody = await province.Http.GetStringAsync($"/admin/records/{Uri.EscapeDataString(theirListing.IdempotencyKey)}?district={ProvincialSimulator.Neighbour}");
        Assert.Contains(theirListing.Data["contractId"]!.GetValue<string>(), theirBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADistrictClaimingAnothersRecordIsRefusedNotGivenItsReceipt()
    {
        using var data = TempDirectory.Create("lp-provincial-");
        await using var province = await ProvincialSimulator.StartAsync(data);
        using var http = new HttpClient();
        var ours = Sender(http, province, ProvincialSimulator.District, province.HmacSecret);
        var theirs = Sender(http, province, ProvincialSimulator.Neighbour, province.NeighbourSecret);
        var listing = LifecycleRecords.LedgerChanged(new Facts("PC-2024-018", Start).Inefficient());
        Receipt(await ours.SendAsync(Wire(listing, ProvincialSimulator.District), Timeout, CancellationToken.None));

        // Signed by the neighbour, the body naming our district: not a repeat of the neighbour's, and not the neighbour's to send.
        var claimed = await theirs.SendAsync(Wire(listing, ProvincialSimulator.District), Timeout, CancellationToken.None);

        var refused = Assert.IsType<DeliveryResult.Rejected>(claimed);
        Assert.Contains("districtCode", refused.Reason, StringComparison.Ordinal);
        Assert.Equal(1, (await province.StatsAsync()).Records);
    }

    [Fact]
    public async Task AStoreKeptFromBeforeKeysWereScopedByDistrictTakesTheSecondDistrictsRecord()
    {
        using var data = TempDirectory.Create("lp-provincial-");
        await (await ProvincialSimulator.StartAsync(data)).DisposeAsync();
        // As the file was written before: the key alone unique. The simulator's schema is created once, never migrated.
        await using (var connection = new SqliteConnection($"Data Source={Path.Combine(data.Path, "provincial.db")}"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = """
                DROP INDEX "IX_records_DistrictCode_IdempotencyKey";
                CREATE UNIQUE INDEX "IX_records_IdempotencyKey" ON "records" ("IdempotencyKey");
                """;
            await command.ExecuteNonQueryAsync();
        }

        await using var province = await ProvincialSimulator.StartAsync(data);
        using var http = new HttpClient();
        var listing = LifecycleRecords.LedgerChanged(new Facts("PC-2024-019", Start).Inefficient());
        var ours = await Sender(http, province, ProvincialSimulator.District, province.HmacSecret)
            .SendAsync(Wire(listing, ProvincialSimulator.District), Timeout, CancellationToken.None);
        var theirs = await Sender(http, province, ProvincialSimulator.Neighbour, province.NeighbourSecret)
            .SendAsync(Wire(listing, ProvincialSimulator.Neighbour), Timeout, CancellationToken.None);

        Assert.NotEqual(Receipt(ours), Receipt(theirs));
        Assert.Equal(2, (await province.StatsAsync()).Records);
    }

    private static ProvincialClient Sender(HttpClient http, ProvincialSimulator province, string district, string secret) =>
        new(http, Options.Create(new ProvincialOptions { Endpoint = province.Url, DistrictCode = district, HmacSecret = secret }), TimeProvider.System);

    private static ProvincialRecord Wire(UpwardRecordDraft draft, string district) =>
        new(draft.IdempotencyKey, draft.SchemaVersion, draft.Kind, district, draft.ParcelCode, 0, draft.FactOccurredAt, draft.Data);

    private static string Receipt(DeliveryResult result) => Assert.IsType<DeliveryResult.Delivered>(result).ReceiptNumber;
}
