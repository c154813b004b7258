using LandPlatform.Reporting.Tests.Support;
using LandPlatform.Testing;
using LandPlatform.Testing.Identity;

namespace LandPlatform.Reporting.Tests;

/// <summary>Every record of a parcel shares its ordering key, so the platform receives them in the order their facts happened.</summary>
[Collection(ReportingCollection.Name)]
public sealed class ParcelOrderTests(RabbitMqNode bus, IssuerFixture issuer)
{
    private static readonly DateTimeOffset Start = new(2024, 3, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task AnAssessmentThatOvertookItsContractsEventsJoinsTheParcelAndFollowsItsSupplyRecord()
    {
        await using var r = await ReportingUnderTest.StartAsync(bus, issuer);
        var parcel = new Facts($"ORD-{Guid.NewGuid():N}"[..12], Start);
        var contractQueue = $"contract:{parcel.ContractId:N}";
        await r.Province.SetAsync("Down");

        // An earlier publisher's assessment names only its contract, and reaches reporting before contracts' events.
        await r.PublishAsync(parcel.PassedNamingOnlyTheContract(), "monitoring");
        await Eventually.HoldsAsync(async () => (await r.LedgerAsync(parcel: contractQueue)).Count == 1, "the assessment waits under its contract", Patience);
        await r.PublishAllAsync([parcel.Supplied(), parcel.Signed(), parcel.Delivered()]);

        await Eventually.HoldsAsync(async () => (await r.LedgerAsync(parcel: parcel.ParcelCode)).Count == 3,
            "the contract's parcel gathers the supply record, the milestone and the assessment", Patience);
        Assert.Empty(await r.LedgerAsync(parcel: contractQueue));

        await r.Province.SetAsync("Normal");
        await Eventually.HoldsAsync(async () => (await r.LedgerAsync(parcel: parcel.ParcelCode)).All(x => x.State == "Delivered"),
            "the parcel's records are delivered", Patience);
        var held = (await r.Province.RecordsAsync()).Where(h => h.ParcelCode == parcel.ParcelCode).OrderBy(h => h.Sequence).ToList();
        Assert.Equal(["SupplyResult", "ContractMilestone", "AssessmentResult"], held.Select(h => h.Kind));
    }

    [Fact]
    public async Task AConversionToAGrantAndAnInefficientListingReachThePlatformBehindTheParcelsEarlierRecords()
    {
        await using var r = await ReportingUnderTest.StartAsync(bus, issuer);
        var parcel = new Facts($"LTT-{Guid.NewGuid():N}"[..12], Start);

        // The assessment names its parcel now (ParcelCode on AssessmentPassed), so it needs no contract event to find it.
        // The platform is down until all four are in, whatever order their queues delivered them in.
        await r.Province.SetAsync("Down");
        await r.PublishAllAsync([parcel.Inefficient(), parcel.ConvertedToGrant(), parcel.Passed(), parcel.Supplied(), parcel.Signed()]);
        await Eventually.HoldsAsync(async () => (await r.LedgerAsync(parcel: parcel.ParcelCode)).Count == 4, "the parcel's four records are in", Patience);
        await r.Province.SetAsync("Normal");

        await Eventually.HoldsAsync(async () =>
            (await r.LedgerAsync(parcel: parcel.ParcelCode)) is { Count: 4 } all && all.All(x => x.State == "Delivered"),
            "the supply record, the assessment, the conversion and the ledger change are delivered", Patience);
        var held = (await r.Province.RecordsAsync()).Where(h => h.ParcelCode == parcel.ParcelCode).OrderBy(h => h.Sequence).ToList();
        Assert.Equal(["SupplyResult", "AssessmentResult", "ContractMilestone", "LedgerChange"], held.Select(h => h.Kind));
        Assert.Contains(held, h => h.IdempotencyKey == $"milestone:convertedtogrant:{parcel.ContractId:N}");
        Assert.Contains(held, h => h.IdempotencyKey.StartsWith($"ledger:inefficient:{parcel.ParcelCode}:", StringComparison.Ordinal));
    }
}
