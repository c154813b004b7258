using System.Text.Json;
using LandPlatform.IntegrationContracts.Events;

namespace LandPlatform.Messaging.Tests;

public sealed class IntegrationEventCatalogTests
{
    /// <summary>
    /// The published language. Renaming or removing an event changes its exchange and strands consumers and
    /// outbox rows: change this list only together with a migration plan.
    /// </summary>
    // One name per line, sorted, so branches adding events merge without conflicts.
    private static readonly string[] Known =
    [
        "AnnualCheckFailed",
        "ApplicationApproved",
        "ApplicationRejected",
        "ApplicationResumed",
        "ApplicationSubmitted",
        "ApplicationSuspended",
        "AssessmentFailed",
        "AssessmentPassed",
        "ConstructionCompleted",
        "ConstructionStarted",
        "ContractSigned",
        "ContractTerminated",
        "DepositForfeited",
        "DepositRefunded",
        "EnterpriseBlacklisted",
        "EnterpriseDelisted",
        "IdleLandDetected",
        "LandDelivered",
        "LandLedgerChanged",
        "LandSupplied",
        "LeaseConvertedToGrant",
        "LeaseExited",
        "ListingNoticeIssued",
        "MilestoneMissed",
        "ParcelStandardApproved",
        "PenaltyAccrued",
        "QuarterlyReportMissed",
        "RectificationExpired",
        "ReservePriceSet",
    ];

    [Fact]
    public void Catalog_holds_exactly_the_known_events() =>
        Assert.Equal(Known, IntegrationEventCatalog.Types.Keys.Order(StringComparer.Ordinal));

    [Fact]
    public void Every_event_is_a_sealed_record_in_the_stable_namespace() => IntegrationEventCatalog.Validate();

    [Fact]
    public void Event_survives_the_outbox_json_round_trip_with_its_id()
    {
        var original = new AssessmentFailed(Guid.NewGuid(), Guid.NewGuid(), "91330100MA2XXXXX1A",
            new DateOnly(2025, 3, 1), "output per mu below contract", FinalAfterRectification: true);
        var json = JsonSerializer.Serialize(original, JsonSerializerOptions.Web);
        var copy = JsonSerializer.Deserialize<AssessmentFailed>(json, JsonSerializerOptions.Web);
        Assert.Equal(original, copy);
        Assert.Equal(7, original.EventId.Version);
    }
}
