using LandPlatform.Contracts.Domain;
using LandPlatform.Contracts.Domain.Policy;
using LandPlatform.Contracts.Policies;
using LandPlatform.IntegrationContracts.Events;
using LandPlatform.IntegrationContracts.Indicators;

namespace LandPlatform.Contracts.Tests.Domain;

/// <summary>Test data: the packs as shipped, one parcel at a round price, explicit days.</summary>
internal static class A
{
    public const string Uscc = "91330106MA2H00003X";

    /// <summary>12,345,678 yuan: 1‰ of it is 12,345.678 yuan, so a day's penalty is not a round number.</summary>
    public const decimal Price = 12_345_678m;

    public static readonly ContractsPolicyCatalog Catalog = ContractsPolicyCatalog.LoadEmbedded();

    public static ContractsPolicy Xihu => Catalog.Latest("hangzhou-xihu-2020")!;

    public static ContractsPolicy Binhai => Catalog.Latest("tianjin-binhai-m0-2023")!;

    public static ContractsPolicy Beijing => Catalog.Latest("beijing-lease-then-transfer-2024")!;

    public static ContractsPolicy Shijingshan => Catalog.Latest("beijing-shijingshan-2019")!;

    public static readonly Actor Clerk = new("u-planning-clerk", "规划科员");

    /// <summary>Planning's leader signs the land contract for the land's owner.</summary>
    public static readonly Actor Leader = new("u-planning-leader", "规划分局局长");

    public const string Planning = "planning";

    public static readonly DateTimeOffset Now = new(2026, 1, 1, 2, 0, 0, TimeSpan.Zero);

    /// <summary>Far enough ahead that no step in a test is "in the future".</summary>
    public static readonly DateOnly Today = new(2031, 1, 1);

    public static Qualification Qualification(string mode = SupplyModes.Grant, string pack = "hangzhou-xihu-2020") =>
        new(Guid.NewGuid(), Uscc, pack, "XH-2026-01")
        {
            EnterpriseName = "杭州某科技有限公司",
            LandUse = "创新型产业用地",
            LandAreaM2 = 20_000m,
            Industry = "软件和信息技术服务业",
            ProjectName = "某科技研发中心",
            SupplyMode = mode,
            TermYears = 50,
            PlannedFloorAreaM2 = 40_000m,
            Indicators = [new CommittedIndicator(IndicatorCodes.TaxPerMu, 100m, "万元/亩", "附件3 三（三）4.")],
        };

    public static SupplyResult Supply(Qualification q, decimal price = Price, int termYears = 50, int? leaseYears = null) =>
        new(Guid.NewGuid(), q.ApplicationId, q.Uscc, q.ParcelCode, q.SupplyMode!, price, new DateOnly(2026, 1, 10), "杭土成交〔2026〕1号")
        {
            TermYears = termYears,
            LeaseYears = leaseYears,
        };

    public static SupervisionContract Grant(ContractsPolicy? policy = null, decimal price = Price)
    {
        var q = Qualification();
        return SupervisionContract.Draft(Guid.NewGuid(), Supply(q, price), q, policy ?? Xihu, null, null, null, Clerk, Today, Now);
    }

    /// <summary>先租后让 under the Beijing pack: 5 years of lease in a 20-year term.</summary>
    public static SupervisionContract LeaseThenTransfer(decimal price = 20_000_000m)
    {
        var q = Qualification(SupplyModes.LeaseThenTransfer, "beijing-lease-then-transfer-2024");
        return SupervisionContract.Draft(Guid.NewGuid(), Supply(q, price, termYears: 20, leaseYears: 5), q, Beijing, null, null, null, Clerk, Today, Now);
    }

    /// <summary>
    /// A grant signed, its price paid in one sum on signing the land contract (第十条, so no late payment), deposit paid and
    /// land delivered on <paramref name="deliveredOn"/> (start due 6 months later).
    /// </summary>
    public static SupervisionContract Delivered(DateOnly deliveredOn, ContractsPolicy? policy = null)
    {
        var contract = Grant(policy);
        contract.Sign(deliveredOn.AddDays(-20), Clerk, Today, Now);
        contract.SignLandContract("杭出让〔2026〕1号", Planning, deliveredOn.AddDays(-15), Leader, Today, Now);
        contract.RecordPayment(deliveredOn.AddDays(-15), contract.TransactionPrice, Clerk, Today, Now);
        contract.PayDeposit(deliveredOn.AddDays(-10), Clerk, Today, Now);
        contract.DeliverLand(deliveredOn, Clerk, Today, Now);
        return contract;
    }

    public static SupervisionContract InProduction(DateOnly deliveredOn)
    {
        var contract = Delivered(deliveredOn);
        contract.StartConstruction(deliveredOn.AddMonths(3), Clerk, Today, Now);
        contract.CompleteConstruction(deliveredOn.AddMonths(20), Clerk, Today, Now);
        contract.StartProduction(deliveredOn.AddMonths(22), Clerk, Today, Now);
        return contract;
    }
}
