using LandPlatform.IntegrationContracts.Events;

namespace LandPlatform.Reporting.Tests.Support;

/// <summary>One parcel's lifecycle as contracts and monitoring announce it, each fact a day after the one before.</summary>
public sealed class Facts(string parcelCode, DateTimeOffset start)
{
    public const string Uscc = "91410400MA45XYZ12K";

    public Guid ApplicationId { get; } = Guid.CreateVersion7();

    public Guid ContractId { get; } = Guid.CreateVersion7();

    public string ParcelCode { get; } = parcelCode;

    public LandSupplied Supplied(string? supervisionNumber = "4104022024B00017") =>
        new(Guid.CreateVersion7(), ApplicationId, Uscc, ParcelCode, SupplyModes.Grant, 12_345_678.90m, new DateOnly(2024, 3, 1), "CJ-2024-017")
        {
            OccurredAt = start,
            EnterpriseName = "平顶山示范新材料有限公司",
            PolicyPackId = "pingdingshan-shilong-2021",
            AdministrativeArea = "新华区",
            ElectronicSupervisionNumber = supervisionNumber,
            ProjectName = "新材料产业园一期",
            Location = "石龙产业集聚区纬二路北侧",
            LandAreaM2 = 33_333.5m,
            LandSource = "新增建设用地",
            LandUse = "工业用地",
            TermYears = 50,
            IndustryClass = "C 制造业",
            LandGrade = 9,
            FloorAreaRatioLower = 1.2m,
            FloorAreaRatioUpper = 2.5m,
            AgreedDeliveryDate = new DateOnly(2024, 4, 1),
            AgreedStartDate = new DateOnly(2024, 10, 1),
            AgreedCompletionDate = new DateOnly(2026, 10, 1),
            ApprovingAuthority = "平顶山市人民政府",
            Instalments = [new InstalmentTerm(1, new DateOnly(2024, 4, 1), 6_000_000m), new InstalmentTerm(2, new DateOnly(2024, 9, 1), 6_345_678.90m)],
        };

    public ContractSigned Signed() =>
        new(ContractId, ApplicationId, Uscc, ParcelCode, "Grant", new DateOnly(2024, 3, 15)) { OccurredAt = start.AddDays(1) };

    public LandDelivered Delivered() =>
        new(ContractId, Uscc, ParcelCode, new DateOnly(2024, 4, 1), new DateOnly(2024, 10, 1)) { OccurredAt = start.AddDays(2) };

    public ConstructionStarted Started() =>
        new(ContractId, Uscc, ParcelCode, new DateOnly(2024, 9, 20), new DateOnly(2024, 10, 1), 0) { OccurredAt = start.AddDays(3) };

    public ConstructionCompleted Completed() =>
        new(ContractId, Uscc, ParcelCode, new DateOnly(2026, 9, 1), new DateOnly(2026, 10, 1), 0, new DateOnly(2026, 9, 1), new DateOnly(2026, 12, 1))
        { OccurredAt = start.AddDays(4) };

    public AssessmentPassed Passed() =>
        new(Guid.CreateVersion7(), ContractId, Uscc, new DateOnly(2027, 3, 1)) { OccurredAt = start.AddDays(5), ParcelCode = ParcelCode };

    /// <summary>As a publisher from before ParcelCode was added to assessments: the fact names only its contract.</summary>
    public AssessmentPassed PassedNamingOnlyTheContract() =>
        new(Guid.CreateVersion7(), ContractId, Uscc, new DateOnly(2027, 3, 1)) { OccurredAt = start.AddDays(5) };

    public LeaseConvertedToGrant ConvertedToGrant() =>
        new(ContractId, Uscc, ParcelCode, new DateOnly(2029, 3, 1), 8_345_678.90m, new DateOnly(2029, 3, 15)) { OccurredAt = start.AddDays(6) };

    /// <summary>The lessee left before the lease ended; 123,456.78 元 of rent is refunded.</summary>
    public LeaseExited Exited() =>
        new(ContractId, Uscc, ParcelCode, new DateOnly(2027, 6, 30)) { OccurredAt = start.AddDays(8), RentRefund = 123_456.78m };

    public LandLedgerChanged Inefficient() =>
        new(ContractId, Uscc, ParcelCode, "Inefficient", new DateOnly(2028, 4, 1), "report 0190c1de-0000-7000-8000-000000000001 2027 v1",
            "tax 5.2 万元/亩 below the line 6 万元/亩") { OccurredAt = start.AddDays(7) };

    /// <summary>The facts that make five records: the supply result (supplied + signed), three milestones, the assessment.</summary>
    public IReadOnlyList<IntegrationEvent> Lifecycle() => [Supplied(), Signed(), Delivered(), Started(), Completed(), Passed()];
}
