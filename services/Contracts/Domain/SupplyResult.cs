using LandPlatform.IntegrationContracts.Events;

namespace LandPlatform.Contracts.Domain;

/// <summary>
/// 成交确认书: the outcome of the public sale of a parcel as a planning clerk recorded it, with the national
/// supply-record fields (RULES.md §0). Drafting the supervision contract starts from it.
/// </summary>
public sealed class SupplyResult
{
    private SupplyResult()
    {
    }

    public SupplyResult(Guid id, Guid applicationId, string uscc, string parcelCode, string supplyMode, decimal price, DateOnly transactionDate, string confirmationNumber)
    {
        Id = id;
        ApplicationId = applicationId;
        Uscc = uscc;
        ParcelCode = parcelCode;
        SupplyMode = supplyMode;
        TransactionPrice = price;
        TransactionDate = transactionDate;
        ConfirmationNumber = confirmationNumber;
    }

    public Guid Id { get; private set; }

    public Guid ApplicationId { get; private set; }

    public string Uscc { get; private set; } = "";

    public string ParcelCode { get; private set; } = "";

    public string SupplyMode { get; private set; } = "";

    public decimal TransactionPrice { get; private set; }

    public DateOnly TransactionDate { get; private set; }

    public string ConfirmationNumber { get; private set; } = "";

    public int TermYears { get; set; }

    /// <summary>先租后让: the lease part of the term (Beijing 三（三）: ≤ 5 years).</summary>
    public int? LeaseYears { get; set; }

    public string? AdministrativeArea { get; set; }

    public string? ElectronicSupervisionNumber { get; set; }

    public string? Location { get; set; }

    public string? LandSource { get; set; }

    public int? LandGrade { get; set; }

    public decimal? FloorAreaRatioLower { get; set; }

    public decimal? FloorAreaRatioUpper { get; set; }

    public DateOnly? AgreedDeliveryDate { get; set; }

    public string? ApprovingAuthority { get; set; }

    public List<InstalmentTerm> Instalments { get; set; } = [];

    public string RecordedById { get; set; } = "";

    public string RecordedByName { get; set; } = "";

    public DateTimeOffset RecordedAt { get; set; }
}
