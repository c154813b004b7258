namespace LandPlatform.Contracts.Api.Contracts;

/// <summary>成交确认书 as the planning clerk records it; the national supply-record fields are optional.</summary>
public sealed record RecordSupplyRequest(
    Guid? ApplicationId,
    string? Uscc,
    string? ParcelCode,
    string? SupplyMode,
    decimal? TransactionPrice,
    DateOnly? TransactionDate,
    string? ConfirmationNumber,
    int? TermYears,
    int? LeaseYears = null,
    string? AdministrativeArea = null,
    string? ElectronicSupervisionNumber = null,
    string? Location = null,
    string? LandSource = null,
    int? LandGrade = null,
    decimal? FloorAreaRatioLower = null,
    decimal? FloorAreaRatioUpper = null,
    DateOnly? AgreedDeliveryDate = null,
    string? ApprovingAuthority = null,
    IReadOnlyList<InstalmentRequest>? Instalments = null);

public sealed record InstalmentRequest(DateOnly? DueOn, decimal? Amount);

/// <summary>The numbers the template leaves blank for each contract; the pack's defaults when omitted.</summary>
public sealed record DraftContractRequest(int? StartWithinMonths = null, int? CompleteWithinMonths = null, decimal? FloorAreaM2 = null);

/// <summary>A dated step: the day it happened (the clerk records it; never a day after today).</summary>
public sealed record StepRequest(DateOnly? On);

/// <summary>The land contract as planning signs it: the day and the contract's number (合同编号).</summary>
public sealed record LandContractRequest(DateOnly? On, string? Number);

/// <summary>A payment of the land price: the day it was received and the amount (yuan).</summary>
public sealed record PaymentRequest(DateOnly? On, decimal? Amount);

public sealed record RenewalRequest(DateOnly? On, int? Years);

public sealed record DocumentRequest(string? Type, string? Number, DateOnly? Date);

/// <summary>
/// 解除: the cause, the written decision, and — except for idle land — the compensation pricing's calculator
/// computed (POST /api/pricing/compensation) with that computation's reference, recorded as given.
/// </summary>
public sealed record TerminationRequest(DateOnly? On, string? Cause, DocumentRequest? Document, decimal? Compensation = null, string? CompensationReference = null);

public sealed record GovernmentDelayRequest(string? Evidence);

/// <summary>A lease's exit: the day, and the remaining rent refunded less the penalty (yuan) with the calculation it comes from.</summary>
public sealed record ExitRequest(DateOnly? On, decimal? RentRefund = null, string? RentRefundReference = null);

public sealed record TransferCheckRequest(
    string? Kind,
    IReadOnlyList<decimal>? UnitFloorAreasM2,
    bool IncludesSupportingFloorArea,
    string? TransfereeUscc,
    bool TransfereeInCatalog,
    bool SupervisionGroupConsented,
    bool BankruptcyOrCourtOrder);

public sealed record LeaseCheckRequest(decimal? RentPerM2, decimal? OfficeRentPerM2, string? TenantUscc, bool TenantInCatalog);

public sealed record MortgageCheckRequest(decimal? Value);
