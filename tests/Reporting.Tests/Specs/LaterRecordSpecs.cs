using LandPlatform.ProvincialPlatform.Checks;
using LandPlatform.ProvincialProtocol;
using LandPlatform.Reporting.Records;
using LandPlatform.Reporting.Tests.Support;

namespace LandPlatform.Reporting.Tests.Specs;

/// <summary>The records of a lease converted to a grant or exited, and of the inefficient-land ledger, and the platform's checks of them.</summary>
public sealed class LaterRecordSpecs
{
    private static readonly Facts Parcel = new("P-SPEC-2", new DateTimeOffset(2024, 3, 1, 0, 0, 0, TimeSpan.Zero));

    private static Dictionary<string, string[]> Checked(LandPlatform.Reporting.Domain.UpwardRecordDraft draft) =>
        RecordChecks.Check(new ProvincialRecord(draft.IdempotencyKey, 1, draft.Kind, "410402", draft.ParcelCode, 0, draft.FactOccurredAt, draft.Data),
            "410402", draft.IdempotencyKey);

    [Fact]
    public void ALeaseConvertedToAGrantIsAMilestoneWithTheGrantPriceInWanYuan()
    {
        var draft = LifecycleRecords.ConvertedToGrant(Parcel.ConvertedToGrant());

        Assert.Equal(RecordKinds.ContractMilestone, draft.Kind);
        Assert.Equal($"milestone:convertedtogrant:{Parcel.ContractId:N}", draft.IdempotencyKey);
        Assert.Equal("P-SPEC-2", draft.ParcelCode);
        Assert.Equal(834.567890m, draft.Data["grantPrice"]!.GetValue<decimal>());
        Assert.Equal("万元", draft.Data["priceUnit"]!.GetValue<string>());
        Assert.Equal("出让", draft.Data["supplyMode"]!.GetValue<string>());
        Assert.Equal("2029-03-15", draft.Data["grantTermStartsOn"]!.GetValue<string>());
        Assert.Empty(Checked(draft));
    }

    [Fact]
    public void ThePlatformRefusesAConversionPricedInYuanOrStillALease()
    {
        var draft = LifecycleRecords.ConvertedToGrant(Parcel.ConvertedToGrant());
        draft.Data["grantPrice"] = 8_345_678.90m;
        draft.Data["supplyMode"] = "租赁";
        draft.Data.Remove("grantTermStartsOn");

        var errors = Checked(draft);

        Assert.Contains("万元", errors["data.grantPrice"][0], StringComparison.Ordinal);
        Assert.Contains("出让", errors["data.supplyMode"][0], StringComparison.Ordinal);
        Assert.True(errors.ContainsKey("data.grantTermStartsOn"));
    }

    [Fact]
    public void ALeaseExitIsATerminationOfTheLeaseWithTheRentRefundInWanYuan()
    {
        var fact = Parcel.Exited();
        var draft = LifecycleRecords.Exited(fact);

        Assert.Equal(RecordKinds.Termination, draft.Kind);
        Assert.Equal($"termination:exit:{Parcel.ContractId:N}", draft.IdempotencyKey);
        Assert.Equal(draft.IdempotencyKey, LifecycleRecords.Exited(fact with { EventId = Guid.CreateVersion7() }).IdempotencyKey);
        Assert.Equal("P-SPEC-2", draft.ParcelCode);
        Assert.Equal("LeaseExited", draft.Data["cause"]!.GetValue<string>());
        Assert.Equal("2027-06-30", draft.Data["terminatedOn"]!.GetValue<string>());
        Assert.Equal("先租后让", draft.Data["supplyMode"]!.GetValue<string>());
        Assert.False(draft.Data["recoveredWithoutCompensation"]!.GetValue<bool>());
        Assert.Equal(12.345678m, draft.Data["rentRefund"]!.GetValue<decimal>());
        Assert.Equal("万元", draft.Data["priceUnit"]!.GetValue<string>());
        Assert.Empty(Checked(draft));
    }

    [Fact]
    public void AnExitWithNothingToRefundIsReportedWithoutARefund()
    {
        var draft = LifecycleRecords.Exited(Parcel.Exited() with { RentRefund = null });

        Assert.Null(draft.Data["rentRefund"]);
        Assert.Empty(Checked(draft));
    }

    [Fact]
    public void ThePlatformRefusesAnExitRefundedInYuanOrOfAGrant()
    {
        var draft = LifecycleRecords.Exited(Parcel.Exited());
        draft.Data["rentRefund"] = 1_234_567.80m;
        draft.Data["supplyMode"] = "出让";

        var errors = Checked(draft);

        Assert.Contains("万元", errors["data.rentRefund"][0], StringComparison.Ordinal);
        Assert.Contains("先租后让", errors["data.supplyMode"][0], StringComparison.Ordinal);
    }

    [Fact]
    public void AnInefficientListingIsALedgerChangeKeyedByTheReportThatMovedIt()
    {
        var fact = Parcel.Inefficient();
        var draft = LifecycleRecords.LedgerChanged(fact);
        var again = LifecycleRecords.LedgerChanged(fact with { EventId = Guid.CreateVersion7() });

        Assert.Equal(RecordKinds.LedgerChange, draft.Kind);
        Assert.Equal(draft.IdempotencyKey, again.IdempotencyKey);
        Assert.StartsWith("ledger:inefficient:P-SPEC-2:20280401:report-", draft.IdempotencyKey, StringComparison.Ordinal);
        Assert.Equal("Inefficient", draft.Data["category"]!.GetValue<string>());
        Assert.Equal("2028-04-01", draft.Data["detectedOn"]!.GetValue<string>());
        Assert.Empty(Checked(draft));
        Assert.NotEqual(draft.IdempotencyKey, LifecycleRecords.LedgerChanged(fact with { Category = "Cleared" }).IdempotencyKey);
    }

    [Fact]
    public void ThePlatformRefusesALedgerChangeWithoutItsBasisOrCategory()
    {
        var draft = LifecycleRecords.LedgerChanged(Parcel.Inefficient() with { Basis = "" });
        Assert.True(Checked(draft).ContainsKey("data.basis"));

        var unknown = LifecycleRecords.LedgerChanged(Parcel.Inefficient() with { Category = "Vacant" });
        Assert.Contains("not one of", Checked(unknown)["data.category"][0], StringComparison.Ordinal);
    }
}
