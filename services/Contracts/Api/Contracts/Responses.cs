using LandPlatform.Contracts.Domain;
using LandPlatform.Contracts.Domain.Lifecycle;
using LandPlatform.IntegrationContracts.Events;
using LandPlatform.IntegrationContracts.Indicators;

namespace LandPlatform.Contracts.Api.Contracts;

public sealed record SupplyResponse(
    Guid Id, Guid ApplicationId, string Uscc, string ParcelCode, string SupplyMode, decimal TransactionPrice,
    DateOnly TransactionDate, string ConfirmationNumber, int TermYears, int? LeaseYears, IReadOnlyList<InstalmentTerm> Instalments,
    string RecordedBy, DateTimeOffset RecordedAt)
{
    public static SupplyResponse From(SupplyResult s) => new(
        s.Id, s.ApplicationId, s.Uscc, s.ParcelCode, s.SupplyMode, s.TransactionPrice, s.TransactionDate, s.ConfirmationNumber,
        s.TermYears, s.LeaseYears, s.Instalments, s.RecordedByName, s.RecordedAt);
}

public sealed record StepResponse(int Number, string Action, string From, string To, DateOnly On, DateTimeOffset RecordedAt, string ActorId, string ActorName, string? Note);

public sealed record ContractResponse(
    Guid Id,
    Guid SupplyId,
    Guid ApplicationId,
    string Uscc,
    string? EnterpriseName,
    string ParcelCode,
    string SupplyMode,
    string PolicyPackId,
    int PolicyPackVersion,
    string State,
    IReadOnlyList<string> AllowedSteps,
    decimal TransactionPrice,
    int TermYears,
    int? LeaseYears,
    decimal LandAreaM2,
    decimal FloorAreaM2,
    int StartWithinMonths,
    int CompleteWithinMonths,
    decimal DepositAmount,
    string DepositStatus,
    DateOnly? SignedOn,
    DateOnly? DeliveredOn,
    DateOnly? AgreedStartBy,
    DateOnly? StartedOn,
    DateOnly? AgreedCompletionBy,
    DateOnly? CompletedOn,
    DateOnly? ProductionOn,
    DateOnly? LeaseEndsOn,
    decimal? GrantPrice,
    string? TerminationCause,
    decimal? Compensation,
    IReadOnlyList<CommittedIndicator> Indicators,
    IReadOnlyList<DateOnly> MissingProgressReports,
    IReadOnlyList<StepResponse> Steps)
{
    public static ContractResponse From(SupervisionContract c) => new(
        c.Id, c.SupplyId, c.ApplicationId, c.Uscc, c.EnterpriseName, c.ParcelCode, c.SupplyMode, c.PolicyPackId, c.PolicyPackVersion,
        c.State.ToString(), [.. ContractLifecycle.AllowedFrom(c.State, c.SupplyMode).Select(a => a.ToString())],
        c.TransactionPrice, c.TermYears, c.LeaseYears, c.LandAreaM2, c.FloorAreaM2, c.StartWithinMonths, c.CompleteWithinMonths,
        c.DepositAmount, c.DepositStatus.ToString(), c.SignedOn, c.DeliveredOn, c.AgreedStartBy, c.StartedOn, c.AgreedCompletionBy,
        c.CompletedOn, c.ProductionOn, c.LeaseEndsOn, c.GrantPrice, c.TerminationCause?.ToString(), c.Compensation, c.Indicators, c.MissingReports,
        [.. c.Steps.Select(s => new StepResponse(s.Number, s.Action.ToString(), s.From.ToString(), s.To.ToString(), s.EffectiveOn, s.RecordedAt, s.ActorId, s.ActorName, s.Note))]);
}

/// <summary>The answer to a transfer, lease or mortgage request: allowed, or every limit it breaks.</summary>
public sealed record LimitCheckResponse(bool Allowed, IReadOnlyList<LimitRefusal> Refusals);

public sealed record LimitRefusal(string Rule, string Message, string Clause);
