using LandPlatform.Contracts.Domain;
using LandPlatform.Contracts.Domain.Daily;
using LandPlatform.Contracts.Domain.Deadlines;
using LandPlatform.Contracts.Domain.Policy;
using LandPlatform.IntegrationContracts.Events;

namespace LandPlatform.Contracts.Application;

/// <summary>The integration events a contract's steps and daily findings publish (through the outbox, with the change).</summary>
internal static class ContractEvents
{
    /// <summary>
    /// The supply result with the national record's fields. 约定开工 / 约定竣工 follow from the agreed delivery by the pack's
    /// months (start within N months of delivery, completion within M of start), as the contract drafted from this supply
    /// sets them; without an agreed delivery date there are none to report, and the province's refusal names the field.
    /// </summary>
    public static LandSupplied Supplied(SupplyResult s, Qualification q, ContractsPolicy policy) => new(
        s.Id, s.ApplicationId, s.Uscc, s.ParcelCode, s.SupplyMode, s.TransactionPrice, s.TransactionDate, s.ConfirmationNumber)
    {
        AgreedStartDate = s.AgreedDeliveryDate?.AddMonths(policy.StartWithinMonthsOfDelivery.Value),
        AgreedCompletionDate = s.AgreedDeliveryDate?.AddMonths(policy.StartWithinMonthsOfDelivery.Value + policy.CompleteWithinMonthsOfStart.Value),
        EnterpriseName = q.EnterpriseName,
        PolicyPackId = q.PolicyPackId,
        AdministrativeArea = s.AdministrativeArea,
        ElectronicSupervisionNumber = s.ElectronicSupervisionNumber,
        ProjectName = q.ProjectName,
        Location = s.Location,
        LandAreaM2 = q.LandAreaM2,
        LandSource = s.LandSource,
        LandUse = q.LandUse,
        TermYears = s.TermYears,
        IndustryClass = q.SectorCode ?? q.Industry,
        LandGrade = s.LandGrade,
        FloorAreaRatioLower = s.FloorAreaRatioLower,
        FloorAreaRatioUpper = s.FloorAreaRatioUpper,
        AgreedDeliveryDate = s.AgreedDeliveryDate,
        ApprovingAuthority = s.ApprovingAuthority,
        Instalments = [.. s.Instalments],
    };

    public static ContractSigned Signed(SupervisionContract c, string kind, DateOnly on) =>
        new(c.Id, c.ApplicationId, c.Uscc, c.ParcelCode, kind, on);

    public static LandDelivered Delivered(SupervisionContract c) =>
        new(c.Id, c.Uscc, c.ParcelCode, c.DeliveredOn!.Value, c.AgreedStartBy!.Value);

    public static ConstructionStarted Started(SupervisionContract c) =>
        new(c.Id, c.Uscc, c.ParcelCode, c.StartedOn!.Value, c.AgreedStartBy!.Value, c.DaysLate(Milestone.Start));

    public static ConstructionCompleted Completed(SupervisionContract c) =>
        new(c.Id, c.Uscc, c.ParcelCode, c.CompletedOn!.Value, c.AgreedCompletionBy!.Value, c.DaysLate(Milestone.Completion),
            c.AssessmentWindowOpensOn!.Value, c.AssessmentWindowClosesOn!.Value);

    public static DepositRefunded Refunded(SupervisionContract c, DateOnly on) => new(c.Id, c.Uscc, c.DepositAmount, on);

    public static DepositForfeited Forfeited(SupervisionContract c, DateOnly on, string reason) => new(c.Id, c.Uscc, c.DepositAmount, on, reason);

    public static LeaseConvertedToGrant Converted(SupervisionContract c, DateOnly on) =>
        new(c.Id, c.Uscc, c.ParcelCode, on, c.GrantPrice ?? 0m, c.LeaseEndsOn!.Value.AddDays(1));

    public static LeaseExited Exited(SupervisionContract c, DateOnly on) =>
        new(c.Id, c.Uscc, c.ParcelCode, on) { RentRefund = c.Compensation };

    public static ContractTerminated Terminated(SupervisionContract c, DateOnly on, string? documentType, string? documentNumber, DateOnly? documentDate) =>
        new(c.Id, c.Uscc, on, c.TerminationCause!.Value.ToString())
        {
            DocumentType = documentType,
            DocumentNumber = documentNumber,
            DocumentDate = documentDate,
            EnterpriseName = c.EnterpriseName,
            ParcelCode = c.ParcelCode,
        };

    /// <summary>The events of one day's findings (the late-payment penalty is kept on the contract, explained there).</summary>
    public static IEnumerable<IntegrationEvent> Of(SupervisionContract c, IEnumerable<DailyFinding> findings)
    {
        foreach (var finding in findings)
        {
            switch (finding)
            {
                case MilestoneMissedFinding m:
                    yield return new MilestoneMissed(c.Id, c.Uscc, c.ParcelCode, m.Milestone.ToString(), m.AgreedBy, m.On, m.Clause);
                    break;
                case PenaltyAccruedFinding p:
                    yield return new PenaltyAccrued(c.Id, c.Uscc, c.ParcelCode, p.Penalty.Milestone.ToString(), p.Penalty.AgreedBy, p.On,
                        p.Penalty.DaysLate, p.Penalty.RatePerDay, c.TransactionPrice, p.Penalty.Amount, p.Final, p.Penalty.Clause);
                    break;
                case IdleLandFinding i:
                    yield return Idle(c, i);
                    break;
                case ProgressReportMissingFinding r:
                    yield return new QuarterlyReportMissed(c.Id, c.Uscc, c.ParcelCode, r.PeriodEnd, r.On, r.Clause)
                    {
                        EnterpriseName = c.EnterpriseName,
                        MissingSoFar = c.MissingReports.Count(end => end <= r.PeriodEnd),
                    };
                    break;
            }
        }
    }

    /// <summary>
    /// 闲置土地认定: the daily job's finding is the bureau's determination, so it carries a document (认定书) that
    /// credit accepts as legally effective (its number is the contract's and the year count; dated the day found).
    /// </summary>
    private static IdleLandDetected Idle(SupervisionContract c, IdleLandFinding i) =>
        new(c.Id, c.Uscc, c.ParcelCode, i.On, i.Idle.YearsIdle)
        {
            IdleSince = i.Idle.IdleSince,
            CausedByGovernment = i.CausedByGovernment,
            EnterpriseName = c.EnterpriseName,
            DocumentType = "闲置土地认定书",
            DocumentNumber = $"{c.ConfirmationNumber}-闲置{i.Idle.YearsIdle}",
            DocumentDate = i.On,
        };
}
