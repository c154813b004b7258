using LandPlatform.Admission.Domain.Packs;
using LandPlatform.Admission.Domain.Rules;
using LandPlatform.SeedWork;

namespace LandPlatform.Admission.Domain.Standards;

/// <summary>
/// One version of a parcel's admission standard. Approval by the district government freezes it; a change after
/// approval is a new version (same <see cref="StandardId"/>, next <see cref="Version"/>), so an application keeps
/// the version it was judged by.
/// </summary>
public sealed class ParcelStandard
{
    private ParcelStandard()
    {
    }

    /// <summary>This version's row id.</summary>
    public Guid Id { get; private set; }

    /// <summary>The standard's identity across its versions.</summary>
    public Guid StandardId { get; private set; }

    public int Version { get; private set; }

    public string PackId { get; private set; } = string.Empty;

    public int PackVersion { get; private set; }

    public StandardTerms Terms { get; private set; } = null!;

    public IReadOnlyList<StandardCheckLine> Check { get; private set; } = [];

    public StandardStatus Status { get; private set; }

    public string DraftedBy { get; private set; } = string.Empty;

    public DateTimeOffset DraftedAt { get; private set; }

    public string? ApprovedBy { get; private set; }

    public DateTimeOffset? ApprovedAt { get; private set; }

    public string? ApprovalOpinion { get; private set; }

    public DateTimeOffset? SupersededAt { get; private set; }

    /// <summary>Copied from the terms so standards can be listed by parcel.</summary>
    public string ParcelCode { get; private set; } = string.Empty;

    public bool PassesCheck => StandardCheck.Passes(Check);

    public static ParcelStandard Draft(AdmissionPack pack, StandardTerms terms, string by, DateTimeOffset at)
    {
        BusinessRules.Check(new PackMustBeInForceOnTheDay(pack, at));
        return NewVersion(Guid.CreateVersion7(at), 1, pack, terms, by, at);
    }

    /// <summary>
    /// A draft is changed in place; an approved version gives a new draft version (returned), leaving itself
    /// approved until that one is approved. A superseded version is history and cannot change.
    /// </summary>
    public ParcelStandard Revise(AdmissionPack pack, StandardTerms terms, string by, DateTimeOffset at)
    {
        BusinessRules.Check(new OnlyTheCurrentVersionCanBeRevised(this));
        BusinessRules.Check(new PackMustBeInForceOnTheDay(pack, at));
        if (Status == StandardStatus.Draft)
        {
            Terms = terms;
            ParcelCode = terms.ParcelCode;
            PackVersion = pack.Identity.Version;
            Check = StandardCheck.Check(pack, terms);
            DraftedBy = by;
            DraftedAt = at;
            return this;
        }

        return NewVersion(StandardId, Version + 1, pack, terms, by, at);
    }

    private static ParcelStandard NewVersion(Guid standardId, int version, AdmissionPack pack, StandardTerms terms, string by, DateTimeOffset at) => new()
    {
        Id = Guid.CreateVersion7(at),
        StandardId = standardId,
        Version = version,
        PackId = pack.Id,
        PackVersion = pack.Identity.Version,
        Terms = terms,
        ParcelCode = terms.ParcelCode,
        Check = StandardCheck.Check(pack, terms),
        Status = StandardStatus.Draft,
        DraftedBy = by,
        DraftedAt = at,
    };

    /// <summary>The district government approves: only a draft the pack's check passes. The caller supersedes the previous version.</summary>
    public void Approve(AdmissionPack pack, string by, string opinion, DateTimeOffset at)
    {
        BusinessRules.Check(new OnlyADraftStandardCanBeApproved(this));
        BusinessRules.Check(new StandardMustPassThePackCheck(this));
        BusinessRules.Check(new PackMustBeInForceOnTheDay(pack, at));
        Status = StandardStatus.Approved;
        ApprovedBy = by;
        ApprovedAt = at;
        ApprovalOpinion = opinion;
    }

    public void Supersede(DateTimeOffset at)
    {
        if (Status == StandardStatus.Approved)
        {
            Status = StandardStatus.Superseded;
            SupersededAt = at;
        }
    }
}
