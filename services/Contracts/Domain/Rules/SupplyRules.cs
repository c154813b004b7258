using LandPlatform.CreditChecks;
using LandPlatform.SeedWork;

namespace LandPlatform.Contracts.Domain.Rules;

/// <summary>Only an enterprise admission approved for this parcel may win it (RULES.md §1 → §3).</summary>
public sealed record WinnerMustHoldAnApprovedQualification(Qualification? Qualification, string Uscc, string ParcelCode) : IBusinessRule
{
    public bool IsBroken() => Qualification is null
        || !string.Equals(Qualification.Uscc, Uscc, StringComparison.Ordinal)
        || !string.Equals(Qualification.ParcelCode, ParcelCode, StringComparison.Ordinal);

    public string Message => Qualification is null
        ? $"Enterprise {Uscc} holds no approved qualification for this application."
        : $"The qualification is {Qualification.Uscc}'s for parcel {Qualification.ParcelCode}, not {Uscc}'s for parcel {ParcelCode}.";

    public string? Clause => "《西湖区创新型产业用地管理实施细则（试行）》第七条 经遴选论证后，符合条件的竞买人凭区政府盖章确认的《挂牌出让竞买资格遴选论证意见表》等资料可参与创新型用地地块竞买";
}

/// <summary>
/// A blacklisted enterprise cannot get land (国办发〔2020〕49号; seed 000 五（二） 限制其取得政府供应的土地), nor one
/// whose related subject (legal representative, controlling or controlled company) is listed — the credit
/// office's verdict, as admission reads it (one client, <see cref="BlacklistVerdict"/>).
/// </summary>
public sealed record WinnerMustNotBeListed(string Uscc, BlacklistVerdict Verdict) : IBusinessRule
{
    public bool IsBroken() => Verdict.Barred;

    public string Message => $"Enterprise {Uscc} may not be supplied land. {Verdict.Explanation}";

    public string? Clause => "《石景山区高精尖产业项目用地试点方案（中关村石景山园）》五（二） 将违反合同的失信企业列入黑名单，限制其取得政府供应的土地";
}

/// <summary>The sale closes at or above the reserve price pricing fixed (ReservePriceSet).</summary>
public sealed record PriceMustNotBeBelowTheReserve(decimal Price, ReservePrice? Reserve) : IBusinessRule
{
    public bool IsBroken() => Reserve is null || Price < Reserve.Total;

    public string Message => Reserve is null
        ? "Pricing has fixed no reserve price for this application's parcel yet; the sale cannot be recorded."
        : $"The transaction price {Price} yuan is below the reserve price {Reserve.Total} yuan (quote {Reserve.QuoteId}).";

    public string? Clause => "《关于支持新型产业用地高效复合利用办法（2023年修订稿）（征求意见稿）》第十条 出让底价在市场评估价的基础上…修正（成交价不得低于定价部门确定的底价；该办法未另作规定）";
}

/// <summary>A supply result is recorded once per application.</summary>
public sealed record ASupplyIsRecordedOncePerApplication(bool AlreadyRecorded) : IBusinessRule
{
    public bool IsBroken() => AlreadyRecorded;

    public string Message => "A supply result is already recorded for this application.";
}

/// <summary>One supervision contract per supply.</summary>
public sealed record OneContractPerSupply(bool AlreadyDrafted) : IBusinessRule
{
    public bool IsBroken() => AlreadyDrafted;

    public string Message => "A supervision contract is already drafted for this supply.";
}
