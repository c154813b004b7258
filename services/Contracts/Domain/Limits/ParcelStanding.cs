namespace LandPlatform.Contracts.Domain.Limits;

/// <summary>What the limits look at about the parcel on the day of a request, taken from its contract.</summary>
public sealed record ParcelStanding(
    decimal TransactionPrice,
    decimal FloorAreaM2,
    bool AssessmentPassed,
    bool DevelopmentComplete,
    bool Idle,
    bool ParkDeveloper,
    bool Lease,
    decimal AlreadySubdividedM2,
    DateOnly? FirstTransferOn);
