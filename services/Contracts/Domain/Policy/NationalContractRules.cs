namespace LandPlatform.Contracts.Domain.Policy;

/// <summary>The national baseline under every pack (RULES.md §0): 闲置土地处置办法 (2012) and late payment.</summary>
public sealed record NationalContractRules(
    Cited<int> IdleAfterYears,
    Cited<decimal> IdleFeeShare,
    Cited<int> RecoveryAfterYears,
    Cited<decimal> LatePaymentPerDay,
    string IdleLandMayNotBeTransferredClause)
{
    /// <summary>续期: applied for at the latest a year before the term ends (a pack may repeat it, as seed 000 五（四） does).</summary>
    public Cited<int> RenewalApplyMonthsBeforeTermEnd { get; init; } = new(12,
        "《中华人民共和国城市房地产管理法》第二十二条 土地使用权出让合同约定的使用年限届满，土地使用者需要继续使用土地的，应当至迟于届满前一年申请续期");

    /// <summary>Registration follows full payment of the price (a pack with instalments repeats it, as Binhai 第十条 does).</summary>
    public string RegistrationAfterFullPaymentClause { get; init; } =
        "《国有建设用地使用权出让合同（示范文本）》（GF—2008—2601）第十一条 受让人应在按本合同约定付清本宗地全部出让价款后，持本合同和出让价款缴纳凭证等相关证明材料，申请出让国有建设用地使用权登记";

    public static NationalContractRules Default { get; } = new(
        new(1, "《闲置土地处置办法》（国土资源部令第53号）第二条 超过国有建设用地使用权有偿使用合同…约定、规定的动工开发日期满一年未动工开发的国有建设用地，可以认定为闲置土地"),
        new(0.2m, "《闲置土地处置办法》（国土资源部令第53号）第十四条（一） 未动工开发满一年的…按照土地出让或者划拨价款的百分之二十征缴土地闲置费"),
        new(2, "《闲置土地处置办法》（国土资源部令第53号）第十四条（二） 未动工开发满两年的…无偿收回国有建设用地使用权"),
        new(0.001m, "《国有建设用地使用权出让合同（示范文本）》（GF—2008—2601）：受让人延期支付土地出让价款的，每日按迟延支付款项的 1‰向出让人缴纳违约金"),
        "《闲置土地处置办法》（国土资源部令第53号）第十四条 闲置土地…在处置完毕前不得转让、出租、抵押");
}
