using LandPlatform.Admission.Domain;
using LandPlatform.Admission.Domain.Packs;
using LandPlatform.Admission.Domain.Standards;
using LandPlatform.Admission.Domain.Units;
using LandPlatform.IntegrationContracts.Events;
using LandPlatform.IntegrationContracts.Indicators;

namespace LandPlatform.Admission.Infrastructure;

/// <summary>The integration events admission publishes, built from its aggregates (added to the outbox with the change).</summary>
internal static class AdmissionEvents
{
    // The district governments are all in China Standard Time: "approved on" is their calendar day.
    private static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    public static DateOnly ChinaDay(DateTimeOffset at) => DateOnly.FromDateTime(at.ToOffset(ChinaOffset).DateTime);

    public static ApplicationSubmitted Submitted(LandApplication a) => new(
        a.Id, a.Uscc, a.EnterpriseName, a.Industry, a.RequestedLandAreaM2, a.PolicyPackId, a.Status.ToString());

    public static ParcelStandardApproved StandardApproved(ParcelStandard s, int? superseded) => new(
        s.StandardId, s.Version, s.ParcelCode, s.PackId, s.Terms.LandUse, s.Terms.LandAreaM2, s.Terms.SupplyMode, s.Terms.TermYears,
        ChinaDay(s.ApprovedAt!.Value))
    {
        PolicyPackVersion = s.PackVersion,
        Location = s.Terms.Location,
        FloorAreaRatioMin = s.Terms.Planning.FarMin,
        FloorAreaRatioMax = s.Terms.Planning.FarMax,
        BiddingMode = s.Terms.BiddingMode,
        SupersededVersion = superseded,
    };

    /// <summary>
    /// Everything pricing and contracts act on: the parcel, the standard's version, supply mode and term, and each
    /// committed indicator in the standard's unit (converted from the unit the enterprise wrote, for comparison only)
    /// beside its threshold and clause.
    /// </summary>
    public static ApplicationApproved Approved(LandApplication a, ParcelStandard s, AdmissionPack pack)
    {
        var content = a.Content!;
        return new ApplicationApproved(a.Id, a.Uscc, a.PolicyPackId)
        {
            EnterpriseName = a.EnterpriseName,
            ParcelCode = s.ParcelCode,
            StandardId = s.StandardId,
            StandardVersion = s.Version,
            LandUse = s.Terms.LandUse,
            LandAreaM2 = s.Terms.LandAreaM2,
            Industry = pack.Rules.Catalog.Find(content.IndustryCode)?.Name ?? content.IndustryCode,
            SectorCode = content.SectorCode,
            ProjectName = content.ProjectName,
            SupplyMode = s.Terms.SupplyMode,
            TermYears = s.Terms.TermYears,
            SelfHeldSharePercent = content.SelfHeldSharePercent,
            PlannedFloorAreaM2 = content.Plan.TotalM2,
            ApprovedOn = ChinaDay(a.ApprovedAt!.Value),
            CommittedIndicators = [.. s.Terms.Indicators.Select(t => Committed(t, content.Commitment(t.Code)!))],
        };
    }

    private static CommittedIndicator Committed(IndicatorThreshold t, Domain.Evaluation.Commitment c)
    {
        var definition = IndicatorDefinition.Find(t.Code)!;
        var inStandardUnit = definition.Unit(c.Unit)!.Convert(c.Value) / definition.Unit(t.Unit)!.ToBase;
        return new CommittedIndicator(t.Code, inStandardUnit, t.Unit, t.Clause) { Threshold = t.Value };
    }

    public static ApplicationRejected Rejected(LandApplication a) => new(a.Id, a.Uscc, a.RefusalReason ?? "");

    public static ApplicationSuspended Suspended(LandApplication a, Guid listingId) =>
        new(a.Id, a.Uscc, a.SuspensionReason ?? "") { ListingId = listingId, SuspendedFrom = a.SuspendedFrom?.ToString() };

    public static ApplicationResumed Resumed(LandApplication a) => new(a.Id, a.Uscc, a.Status.ToString());
}
