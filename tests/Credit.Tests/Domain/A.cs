using LandPlatform.Credit.Domain;
using LandPlatform.IntegrationContracts.Enterprises;
using LandPlatform.SeedWork;

namespace LandPlatform.Credit.Tests.Domain;

/// <summary>Test data with explicit times (Beijing, UTC+8) and explicit policy numbers.</summary>
internal static class A
{
    public static readonly UnifiedSocialCreditCode Code = UnifiedSocialCreditCode.WithCheckDigit("91110107MA01ABCD1");
    public static readonly UnifiedSocialCreditCode OtherCode = UnifiedSocialCreditCode.WithCheckDigit("91110107MA01WXYP2");
    public static readonly UnifiedSocialCreditCode ThirdCode = UnifiedSocialCreditCode.WithCheckDigit("91330106MA2H00003");

    public static readonly Actor Clerk = new("u-credit-1", "王科员");
    public static readonly Actor Reviewer = new("u-credit-2", "李科长");
    public static readonly Actor EnterpriseUser = new("u-ent-9", "企业经办人");

    public static readonly LegalDocument Document = new("解除合同通知书", "石政地〔2025〕12号", new DateOnly(2025, 2, 20));

    public static readonly EvidenceReference Evidence = new("ev-1", "现场核查记录");

    public static DateTimeOffset Beijing(int year, int month, int day, int hour = 0, int minute = 0, int second = 0) =>
        new(year, month, day, hour, minute, second, TimeSpan.FromHours(8));

    /// <summary>2025-03-01 10:00 Beijing: with 15 days the last day to object is 2025-03-16.</summary>
    public static readonly DateTimeOffset NoticeTime = Beijing(2025, 3, 1, 10);

    /// <summary>2026-01-01 Beijing: within the 3-year listing period of <see cref="Effective"/> (from 2025-03-17).</summary>
    public static readonly DateTimeOffset DuringThePeriod = Beijing(2026, 1, 1);

    public static CreditPolicy Policy(
        int objectionDays = 15,
        int listingYears = 3,
        DateOnly? from = null,
        DateOnly? to = null,
        IReadOnlyDictionary<ListingReason, ListingPeriod>? periods = null) =>
        new(
            "test-pack",
            1,
            "测试政策包",
            from ?? new DateOnly(2020, 1, 1),
            to,
            "国办发〔2020〕49号（八）",
            new ObjectionPeriod(objectionDays, "objection clause"),
            periods ?? Enum.GetValues<ListingReason>().ToDictionary(r => r, _ => new ListingPeriod(listingYears, "listing clause")),
            Enum.GetValues<ListingReason>().ToDictionary(r => r, r => $"basis for {r}"),
            new IdleLandThreshold(2, "闲置土地处置办法 第十四条（二）"));

    public static Enterprise Enterprise(UnifiedSocialCreditCode? code = null, string name = "北京某科技有限公司") =>
        Credit.Domain.Enterprise.Open(code ?? Code, name, Clerk, Beijing(2024, 1, 1));

    public static Listing Notice(
        Enterprise? enterprise = null, CreditPolicy? policy = null, DateTimeOffset? at = null, ListingReason reason = ListingReason.BreachOfContract) =>
        Listing.IssueNotice(enterprise ?? Enterprise(), [], reason, Document, [Evidence], Clerk, policy ?? Policy(), at ?? NoticeTime);

    public static Listing Effective(Enterprise? enterprise = null, CreditPolicy? policy = null)
    {
        var listing = Notice(enterprise, policy);
        Assert.True(listing.TakeEffectIfObjectionPeriodElapsed(Beijing(2025, 3, 17)));
        return listing;
    }

    public static void Object(Listing listing, DateTimeOffset at) =>
        listing.FileObjection(listing.Uscc, "合同已按约履行，违约事实不成立", [new EvidenceReference("ev-9", "付款凭证")], EnterpriseUser, at);

    /// <summary>Asserts the action is refused by exactly the rule <typeparamref name="TRule"/> (by type, not message text).</summary>
    public static TRule Refused<TRule>(Action action)
        where TRule : IBusinessRule
    {
        var e = Assert.Throws<BusinessRuleBrokenException>(action);
        return Assert.IsType<TRule>(e.Rule);
    }
}
