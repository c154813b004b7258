using LandPlatform.Contracts.Domain.Policy;

namespace LandPlatform.Contracts.Domain.Limits;

/// <summary>
/// The transfer, subdivision, lease and mortgage limits of a pack (RULES.md §3) applied to one request: every
/// limit it breaks, each naming its rule and clause (empty = allowed). Pure; the credit standing of the
/// counterparty is asked before and passed in.
/// </summary>
public static class ParcelLimits
{
    public static IReadOnlyList<Refusal> CheckTransfer(TransferRequest request, ParcelStanding parcel, ContractsPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(parcel);
        ArgumentNullException.ThrowIfNull(policy);
        var refusals = new List<Refusal>();
        CommonRefusals(parcel, policy, refusals);
        if (policy.ParkDeveloperMayNotTransfer is { Value: true } park && parcel.ParkDeveloper)
        {
            refusals.Add(new ParkDeveloperMayLeaseButNeverTransfer(park.Clause));
        }

        if (!parcel.AssessmentPassed)
        {
            var rule = policy.TransferBeforeAssessment;
            if (rule.Value == TransferBeforeAssessment.Forbidden)
            {
                refusals.Add(new NoTransferBeforeAssessmentPasses(rule.Clause));
            }
            else if (!request.SupervisionGroupConsented)
            {
                refusals.Add(new TransferBeforeAssessmentNeedsTheSupervisionGroupsConsent(rule.Clause));
            }
        }

        if (request.Kind == TransferKind.Subdivision)
        {
            if (policy.MaxSubdivisionShareOfFloorArea is { } share)
            {
                var allowed = parcel.FloorAreaM2 * share.Value;
                var total = parcel.AlreadySubdividedM2 + request.FloorAreaM2;
                if (total > allowed)
                {
                    refusals.Add(new SubdivisionMustNotExceedTheShareOfFloorArea(total, allowed, share.Clause));
                }
            }

            if (policy.MinimumUnitFloorAreaM2 is { } minimum && request.UnitFloorAreasM2.Count > 0
                && request.UnitFloorAreasM2.Min() < minimum.Value)
            {
                refusals.Add(new EachUnitMustMeetTheMinimumFloorArea(request.UnitFloorAreasM2.Min(), minimum.Value, minimum.Clause));
            }

            if (policy.SupportingFloorAreaNeverSold is { Value: true } supporting && request.IncludesSupportingFloorArea)
            {
                refusals.Add(new SupportingFloorAreaIsNeverSold(supporting.Clause));
            }
        }

        if (policy.NoSecondTransferWithinYears is { } lockUp && parcel.FirstTransferOn is { } first
            && request.RequestedOn < first.AddYears(lockUp.Value) && !request.BankruptcyOrCourtOrder)
        {
            refusals.Add(new NoSecondTransferWithinTheLockUp(first, first.AddYears(lockUp.Value), lockUp.Clause));
        }

        Counterparty(request.TransfereeInCatalog, request.TransfereeListed, request.TransfereeUscc, policy, refusals);
        return refusals;
    }

    public static IReadOnlyList<Refusal> CheckLease(LeaseRequest request, ParcelStanding parcel, ContractsPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(parcel);
        ArgumentNullException.ThrowIfNull(policy);
        var refusals = new List<Refusal>();
        CommonRefusals(parcel, policy, refusals);
        if (policy.MaxRentShareOfOfficeRent is { } cap && request.RentPerM2 > request.OfficeRentPerM2 * cap.Value)
        {
            refusals.Add(new RentMustNotExceedTheShareOfOfficeRent(request.RentPerM2, request.OfficeRentPerM2 * cap.Value, cap.Clause));
        }

        Counterparty(request.TenantInCatalog, request.TenantListed, request.TenantUscc, policy, refusals);
        return refusals;
    }

    public static IReadOnlyList<Refusal> CheckMortgage(MortgageRequest request, ParcelStanding parcel, ContractsPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(parcel);
        ArgumentNullException.ThrowIfNull(policy);
        var refusals = new List<Refusal>();
        CommonRefusals(parcel, policy, refusals);
        if (policy.MortgageCappedAtLandPriceUntilAssessment is { Value: true } cap && !parcel.AssessmentPassed
            && request.Value > parcel.TransactionPrice)
        {
            refusals.Add(new MortgageMustNotExceedTheLandPrice(request.Value, parcel.TransactionPrice, cap.Clause));
        }

        return refusals;
    }

    private static void CommonRefusals(ParcelStanding parcel, ContractsPolicy policy, List<Refusal> refusals)
    {
        if (parcel.Idle)
        {
            refusals.Add(new IdleLandMayNotBeTransferredLeasedOrMortgaged(policy.National.IdleLandMayNotBeTransferredClause));
        }

        if (policy.LeaseBeforeDevelopmentForbidden is { Value: true } lease && parcel.Lease && !parcel.DevelopmentComplete)
        {
            refusals.Add(new NothingMayBeTransferredLeasedOrMortgagedBeforeDevelopment(lease.Clause));
        }
    }

    private static void Counterparty(bool inCatalog, bool listed, string uscc, ContractsPolicy policy, List<Refusal> refusals)
    {
        if (policy.TransfereeMustBeInCatalog is { Value: true } catalog && !inCatalog)
        {
            refusals.Add(new CounterpartyMustBeInTheCatalog(catalog.Clause));
        }

        if (listed)
        {
            refusals.Add(new CounterpartyMustNotBeListed(uscc));
        }
    }
}
