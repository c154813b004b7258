using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LandPlatform.Reporting.Api.Contracts;
using LandPlatform.Reporting.Tests.Support;
using LandPlatform.Testing;
using LandPlatform.Testing.Identity;

namespace LandPlatform.Reporting.Tests;

[Collection(ReportingCollection.Name)]
public sealed class OperatorLedgerTests(RabbitMqNode bus, IssuerFixture issuer)
{
    private static readonly DateTimeOffset Start = new(2024, 3, 1, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task ARejectedRecordWaitsForCorrectionAndHoldsItsParcelsLaterRecordsBack()
    {
        await using var r = await ReportingUnderTest.StartAsync(bus, issuer);
        var parcel = new Facts($"REJ-{Guid.NewGuid():N}"[..12], Start);
        // Contracts has no 电子监管号 for this supply: the platform refuses the record and names the field.
        await r.PublishAllAsync([parcel.Supplied(supervisionNumber: null), parcel.Signed(), parcel.Delivered()]);

        var rejected = await SingleAsync(r, parcel.ParcelCode, "Rejected");
        Assert.Contains("electronicSupervisionNumber", rejected.RejectionReason, StringComparison.Ordinal);
        Assert.Equal(1, rejected.Attempts);

        // The delivery milestone queues behind it (the parcel's order) and the rejected record is not sent again.
        var waiting = await SingleAsync(r, parcel.ParcelCode, "Pending");
        Assert.Equal("ContractMilestone", waiting.Kind);
        Assert.Equal(0, waiting.Attempts);
        Assert.Equal(1, (await r.LedgerAsync(parcel: parcel.ParcelCode)).Single(x => x.Id == rejected.Id).Attempts);
        Assert.DoesNotContain(await r.Province.RecordsAsync(), h => h.ParcelCode == parcel.ParcelCode);

        using var operatorClient = await r.As("operator");
        using var unchanged = await operatorClient.PostAsJsonAsync($"/ledger/{rejected.Id}/correction",
            new { fields = new { electronicSupervisionNumber = (string?)null }, note = "again" });
        Assert.Equal("ACorrectionChangesTheRecord", (await ProblemAssert.IsProblem(unchanged, HttpStatusCode.Conflict)).GetProperty("rule").GetString());

        using var misspelt = await operatorClient.PostAsJsonAsync($"/ledger/{rejected.Id}/correction",
            new { fields = new { supervisionNo = "4104022024B00017" }, note = "from the national system" });
        Assert.True((await ProblemAssert.IsProblem(misspelt, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("fields.supervisionNo", out _));

        using var clerk = await r.As("development.clerk");
        using var forbidden = await clerk.PostAsJsonAsync($"/ledger/{rejected.Id}/correction",
            new { fields = new { electronicSupervisionNumber = "4104022024B00017" }, note = "x" });
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);

        using var corrected = await operatorClient.PostAsJsonAsync($"/ledger/{rejected.Id}/correction",
            new { fields = new { electronicSupervisionNumber = "4104022024B00017" }, note = "number from the national system" });
        Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);

        await Eventually.HoldsAsync(async () => (await r.LedgerAsync(parcel: parcel.ParcelCode)).All(x => x.State == "Delivered"),
            "the corrected record and the one behind it are delivered", TimeSpan.FromSeconds(30));
        var ledger = await r.LedgerAsync(parcel: parcel.ParcelCode);
        var supply = ledger.Single(x => x.Id == rejected.Id);
        Assert.Equal(1, supply.Revision);
        Assert.Contains("operator", supply.ChangedBy, StringComparison.Ordinal);
        var held = (await r.Province.RecordsAsync()).Where(h => h.ParcelCode == parcel.ParcelCode).OrderBy(h => h.Sequence).ToList();
        Assert.Equal(["SupplyResult", "ContractMilestone"], held.Select(h => h.Kind));
        Assert.Equal(1, held[0].Revision);

        await AssertAuditedAsync(r, "reporting.record.correct", supply.IdempotencyKey);
    }

    [Fact]
    public async Task AnOperatorReplaysARecordParkedAfterTooManyAttempts()
    {
        await using var r = await ReportingUnderTest.StartAsync(bus, issuer, maxAttempts: 3);
        var parcel = new Facts($"PRK-{Guid.NewGuid():N}"[..12], Start);
        await r.Province.SetAsync("Down");
        await r.PublishAllAsync([parcel.Delivered()]);

        var parked = await SingleAsync(r, parcel.ParcelCode, "Parked");
        Assert.Equal(3, parked.Attempts);
        Assert.Contains("503", parked.LastError, StringComparison.Ordinal);

        using var operatorClient = await r.As("operator");
        using var notParked = await operatorClient.PostAsync($"/ledger/{parked.Id + 100_000}/replay", null);
        Assert.Equal(HttpStatusCode.NotFound, notParked.StatusCode);

        await r.Province.SetAsync("Normal");
        using var replayed = await operatorClient.PostAsync($"/ledger/{parked.Id}/replay", null);
        Assert.Equal(HttpStatusCode.OK, replayed.StatusCode);

        var delivered = await SingleAsync(r, parcel.ParcelCode, "Delivered");
        Assert.StartsWith("SJ", delivered.ReceiptNumber, StringComparison.Ordinal);
        using var again = await operatorClient.PostAsync($"/ledger/{parked.Id}/replay", null);
        Assert.Equal("OnlyAParkedRecordIsReplayed", (await ProblemAssert.IsProblem(again, HttpStatusCode.Conflict)).GetProperty("rule").GetString());
        await AssertAuditedAsync(r, "reporting.record.replay", parked.IdempotencyKey);
    }

    [Fact]
    public async Task AWrongDistrictSecretIsRefusedByThePlatformAndTheRecordParksUndelivered()
    {
        await using var r = await ReportingUnderTest.StartAsync(bus, issuer, maxAttempts: 3, hmacSecret: "not-the-secret-the-province-issued");
        var parcel = new Facts($"SIG-{Guid.NewGuid():N}"[..12], Start);
        await r.PublishAllAsync([parcel.Delivered()]);

        var parked = await SingleAsync(r, parcel.ParcelCode, "Parked");
        Assert.Contains("401", parked.LastError, StringComparison.Ordinal);
        Assert.Contains("signature", parked.LastError, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, (await r.Province.StatsAsync()).Records);
    }

    [Fact]
    public async Task RecordsSignedWithSm2AreAcceptedByThePlatform()
    {
        await using var r = await ReportingUnderTest.StartAsync(bus, issuer, algorithm: "SM3withSM2");
        var parcel = new Facts($"SM2-{Guid.NewGuid():N}"[..12], Start);
        await r.PublishAllAsync([parcel.Supplied(), parcel.Signed()]);

        var delivered = await SingleAsync(r, parcel.ParcelCode, "Delivered");
        Assert.Equal("SupplyResult", delivered.Kind);
        using var body = JsonDocument.Parse(await r.Province.Http.GetStringAsync($"/admin/records/{delivered.IdempotencyKey}"));
        var data = body.RootElement.GetProperty("data");
        // 33,333.5 m² → 3.33335 公顷; 12,345,678.90 元 → 1,234.567890 万元; the contract date from ContractSigned.
        Assert.Equal(3.33335m, data.GetProperty("area").GetDecimal());
        Assert.Equal(1234.56789m, data.GetProperty("transactionPrice").GetDecimal());
        Assert.Equal("2024-03-15", data.GetProperty("contractDate").GetString());
        Assert.Equal("出让", data.GetProperty("supplyMode").GetString());
        Assert.Equal(600m, data.GetProperty("instalments")[0].GetProperty("amount").GetDecimal());
    }

    private static async Task<LedgerRecordResponse> SingleAsync(ReportingUnderTest r, string parcelCode, string state)
    {
        LedgerRecordResponse? found = null;
        await Eventually.HoldsAsync(async () =>
        {
            found = (await r.LedgerAsync(state, parcelCode)).FirstOrDefault();
            return found is not null;
        }, $"a {state} record of parcel {parcelCode}", TimeSpan.FromSeconds(60));
        return found!;
    }

    private static async Task AssertAuditedAsync(ReportingUnderTest r, string operation, string key)
    {
        using var auditor = await r.As("auditor");
        var page = await auditor.GetStringAsync($"/audit/records?operation={operation}");
        Assert.Contains(key, page, StringComparison.Ordinal);
    }
}
