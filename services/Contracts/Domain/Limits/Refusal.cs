using LandPlatform.SeedWork;

namespace LandPlatform.Contracts.Domain.Limits;

/// <summary>
/// A limit a request broke, named as its sentence (the type name travels as the problem's <c>rule</c>) with
/// the clause it comes from. Built only when broken, so <see cref="IsBroken"/> is always true.
/// </summary>
public abstract record Refusal(string Message, string Clause) : IBusinessRule
{
    string? IBusinessRule.Clause => Clause;

    public bool IsBroken() => true;
}

public sealed record NoTransferBeforeAssessmentPasses(string Clause)
    : Refusal("The land use right may not be transferred before the assessment has passed.", Clause);

public sealed record TransferBeforeAssessmentNeedsTheSupervisionGroupsConsent(string Clause)
    : Refusal("Before the assessment passes a transfer needs the supervision group's consent, and the government buys first at cost.", Clause);

public sealed record ParkDeveloperMayLeaseButNeverTransfer(string Clause)
    : Refusal("A park developer may lease the land to enterprises but never transfer it.", Clause);

public sealed record IdleLandMayNotBeTransferredLeasedOrMortgaged(string Clause)
    : Refusal("Idle land may not be transferred, leased or mortgaged until its disposal is complete.", Clause);

public sealed record NothingMayBeTransferredLeasedOrMortgagedBeforeDevelopment(string Clause)
    : Refusal("A leased parcel may not be transferred, sublet or mortgaged before its development is complete.", Clause);

public sealed record SubdivisionMustNotExceedTheShareOfFloorArea(decimal RequestedM2, decimal AllowedM2, string Clause)
    : Refusal($"Subdivided transfers would reach {RequestedM2} m², more than the {AllowedM2} m² allowed.", Clause);

public sealed record EachUnitMustMeetTheMinimumFloorArea(decimal SmallestM2, decimal MinimumM2, string Clause)
    : Refusal($"A unit of {SmallestM2} m² is below the minimum of {MinimumM2} m².", Clause);

public sealed record SupportingFloorAreaIsNeverSold(string Clause)
    : Refusal("Supporting floor area (配套用房) may not be sold.", Clause);

public sealed record NoSecondTransferWithinTheLockUp(DateOnly FirstTransferOn, DateOnly FreeFrom, string Clause)
    : Refusal($"The first transfer was on {FirstTransferOn:yyyy-MM-dd}; a second one is allowed from {FreeFrom:yyyy-MM-dd} (or on bankruptcy or a court order).", Clause);

public sealed record CounterpartyMustBeInTheCatalog(string Clause)
    : Refusal("The transferee or tenant must be an enterprise of the industry catalog.", Clause);

public sealed record CounterpartyMustNotBeListed(string Uscc)
    : Refusal($"Enterprise {Uscc} is on the credit blacklist and may not take land or floor space.", "《国务院办公厅关于进一步完善失信约束制度构建诚信建设长效机制的指导意见》（国办发〔2020〕49号）联合惩戒：限制其取得政府供应的土地");

public sealed record RentMustNotExceedTheShareOfOfficeRent(decimal Rent, decimal Cap, string Clause)
    : Refusal($"A rent of {Rent} yuan/m² exceeds the cap of {Cap} yuan/m².", Clause);

public sealed record MortgageMustNotExceedTheLandPrice(decimal Value, decimal Cap, string Clause)
    : Refusal($"A mortgage value of {Value} yuan exceeds the total land price of {Cap} yuan.", Clause);
