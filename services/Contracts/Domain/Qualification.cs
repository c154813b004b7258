using LandPlatform.IntegrationContracts.Indicators;

namespace LandPlatform.Contracts.Domain;

/// <summary>
/// An approved qualification (准入意见) as admission published it (ApplicationApproved), kept locally: the
/// winner of a supply must hold one for the parcel, and the contract is drafted from it.
/// </summary>
public sealed class Qualification
{
    private Qualification()
    {
    }

    public Qualification(Guid applicationId, string uscc, string policyPackId, string parcelCode)
    {
        ApplicationId = applicationId;
        Uscc = uscc;
        PolicyPackId = policyPackId;
        ParcelCode = parcelCode;
    }

    public Guid ApplicationId { get; private set; }

    public string Uscc { get; private set; } = "";

    public string PolicyPackId { get; private set; } = "";

    public string ParcelCode { get; private set; } = "";

    public string? EnterpriseName { get; set; }

    public Guid? StandardId { get; set; }

    public int? StandardVersion { get; set; }

    public string? LandUse { get; set; }

    public decimal? LandAreaM2 { get; set; }

    public string? Industry { get; set; }

    public string? SectorCode { get; set; }

    public string? ProjectName { get; set; }

    public string? SupplyMode { get; set; }

    public int? TermYears { get; set; }

    public decimal? SelfHeldSharePercent { get; set; }

    public decimal? PlannedFloorAreaM2 { get; set; }

    public DateOnly? ApprovedOn { get; set; }

    public List<CommittedIndicator> Indicators { get; set; } = [];
}
