using System.Text.Json.Nodes;
using LandPlatform.ProvincialPlatform.Checks;
using LandPlatform.ProvincialProtocol;
using LandPlatform.Reporting.Domain;
using LandPlatform.Reporting.Records;
using LandPlatform.Reporting.Tests.Support;
using LandPlatform.SeedWork;

namespace LandPlatform.Reporting.Tests.Specs;

/// <summary>The records and the ledger's rules, without I/O.</summary>
public sealed class UpwardRecordSpecs
{
    private static readonly DistrictProfile District = new("410402", "新华区");
    private static readonly Facts Parcel = new("P-SPEC-1", new DateTimeOffset(2024, 3, 1, 0, 0, 0, TimeSpan.Zero));

    [Fact]
    public void SupplyResultCarriesAreaInHectaresAndPriceInWanYuan()
    {
        var supplied = Parcel.Supplied();
        var draft = SupplyResultRecord.Build(supplied, new DateOnly(2024, 3, 15), District);

        Assert.Equal($"supply-result:{supplied.SupplyId:N}", draft.IdempotencyKey);
        Assert.Equal(1, draft.SchemaVersion);
        Assert.Equal(3.33335m, draft.Data["area"]!.GetValue<decimal>());
        Assert.Equal("公顷", draft.Data["areaUnit"]!.GetValue<string>());
        Assert.Equal(1234.56789m, draft.Data["transactionPrice"]!.GetValue<decimal>());
        Assert.Equal("万元", draft.Data["priceUnit"]!.GetValue<string>());
        Assert.Equal("410402", draft.Data["administrativeAreaCode"]!.GetValue<string>());
    }

    [Fact]
    public void SupplyResultCarriesEveryFieldOfTheNationalSupplyRecord()
    {
        // RULES.md §0 "What a land-supply record carries".
        string[] fields =
        [
            "administrativeArea", "electronicSupervisionNumber", "projectName", "location", "area", "landSource", "landUse", "supplyMode",
            "termYears", "industryClass", "landGrade", "transactionPrice", "holder", "floorAreaRatioLower", "floorAreaRatioUpper",
            "agreedDeliveryDate", "agreedStartDate", "agreedCompletionDate", "actualStartDate", "actualCompletionDate", "approvingAuthority",
            "contractDate", "instalments",
        ];
        var data = SupplyResultRecord.Build(Parcel.Supplied(), new DateOnly(2024, 3, 15), District).Data;
        Assert.All(fields, f => Assert.True(data.ContainsKey(f), f));
    }

    [Fact]
    public void TheSameFactGivesTheSameKeyWhateverEventCarriesIt()
    {
        var first = Parcel.Delivered();
        var republished = first with { };
        Assert.NotEqual(first.EventId, Parcel.Delivered().EventId);
        Assert.Equal(LifecycleRecords.Delivered(first).IdempotencyKey, LifecycleRecords.Delivered(Parcel.Delivered()).IdempotencyKey);
        Assert.Equal(LifecycleRecords.Delivered(first).IdempotencyKey, LifecycleRecords.Delivered(republished).IdempotencyKey);
    }

    [Fact]
    public void BackoffDoublesWithJitterAndStopsAtTheCap()
    {
        var policy = new DeliveryPolicy { InitialDelay = TimeSpan.FromSeconds(5), MaxDelay = TimeSpan.FromMinutes(10) };
        Assert.Equal(TimeSpan.FromSeconds(2.5), policy.DelayAfter(1, 0));
        Assert.Equal(TimeSpan.FromSeconds(5), policy.DelayAfter(1, 1));
        Assert.Equal(TimeSpan.FromSeconds(10), policy.DelayAfter(3, 0));
        Assert.Equal(TimeSpan.FromMinutes(10), policy.DelayAfter(40, 1));
        Assert.Equal(TimeSpan.FromMinutes(5), policy.DelayAfter(40, 0));
    }

    [Fact]
    public void ARecordParksAfterItsLastAttempt()
    {
        var policy = new DeliveryPolicy { MaxAttempts = 2 };
        var record = UpwardRecord.Build(LifecycleRecords.Delivered(Parcel.Delivered()), null, null, DateTimeOffset.UnixEpoch);
        record.AttemptFailed("HTTP 503", policy, 0.5, DateTimeOffset.UnixEpoch);
        Assert.Equal(DeliveryState.Pending, record.State);
        record.AttemptFailed("HTTP 503", policy, 0.5, DateTimeOffset.UnixEpoch);
        Assert.Equal(DeliveryState.Parked, record.State);
    }

    [Fact]
    public void ARejectedRecordIsNeitherReplayedNorCorrectedUnchanged()
    {
        var record = UpwardRecord.Build(LifecycleRecords.Delivered(Parcel.Delivered()), null, null, DateTimeOffset.UnixEpoch);
        record.Rejected("data.actualDate: is required", DateTimeOffset.UnixEpoch);

        Assert.IsType<OnlyAParkedRecordIsReplayed>(Assert.Throws<BusinessRuleBrokenException>(() => record.Replay("operator", DateTimeOffset.UnixEpoch)).Rule);
        Assert.IsType<ACorrectionChangesTheRecord>(Assert.Throws<BusinessRuleBrokenException>(() => record.Correct(record.Data, "operator", DateTimeOffset.UnixEpoch)).Rule);

        var corrected = JsonNode.Parse(record.Data)!.AsObject();
        corrected["actualDate"] = "2024-04-02";
        record.Correct(corrected.ToJsonString(), "operator", DateTimeOffset.UnixEpoch);
        Assert.Equal((DeliveryState.Pending, 1, 0), (record.State, record.Revision, record.Attempts));
    }

    [Fact]
    public void ThePlatformRefusesAreaSentInSquareMetresAndDatesOutOfOrder()
    {
        var data = SupplyResultRecord.Build(Parcel.Supplied(), new DateOnly(2024, 3, 15), District).Data;
        data["area"] = 33_333.5m;
        data["agreedStartDate"] = "2024-01-01";
        var record = new ProvincialRecord("k", 1, RecordKinds.SupplyResult, "410402", "P", 0, DateTimeOffset.UnixEpoch, data);

        var errors = RecordChecks.Check(record, "410402", "k");

        Assert.Contains("square metres", errors["data.area"][0], StringComparison.Ordinal);
        Assert.Contains("before agreedDeliveryDate", errors["data.agreedStartDate"][0], StringComparison.Ordinal);
    }

    [Fact]
    public void ThePlatformAcceptsACompleteSupplyRecord()
    {
        var data = SupplyResultRecord.Build(Parcel.Supplied(), new DateOnly(2024, 3, 15), District).Data;
        var record = new ProvincialRecord("k", 1, RecordKinds.SupplyResult, "410402", "P", 0, DateTimeOffset.UnixEpoch, data);
        Assert.Empty(RecordChecks.Check(record, "410402", "k"));
    }

    [Fact]
    public void AnSm2SignatureVerifiesOnlyOverTheBytesSigned()
    {
        var (privateKey, publicKey) = Sm2Keys.Generate();
        var signed = RecordSignature.SignedBytes("410402", DateTimeOffset.UnixEpoch, "k", "{\"a\":1}"u8);
        var signature = Sm2Keys.Sign(privateKey, signed);
        Assert.True(Sm2Keys.Verify(publicKey, signed, signature));
        Assert.False(Sm2Keys.Verify(publicKey, RecordSignature.SignedBytes("410402", DateTimeOffset.UnixEpoch, "k", "{\"a\":2}"u8), signature));
        Assert.False(Sm2Keys.Verify(Sm2Keys.Generate().PublicKeyHex, signed, signature));
    }
}
