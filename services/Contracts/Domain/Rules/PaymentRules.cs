using LandPlatform.SeedWork;

namespace LandPlatform.Contracts.Domain.Rules;

/// <summary>Only a pack that provides for instalments allows a schedule (Binhai 第十条 does; the others name none).</summary>
public sealed record InstalmentsMustBeAllowedByThePack(string PackId, string DocumentTitle, bool Allowed) : IBusinessRule
{
    public bool IsBroken() => !Allowed;

    public string Message => $"《{DocumentTitle}》 ({PackId}) provides for no payment by instalments; the price is paid in one sum.";
}

/// <summary>分期缴纳 最长时间不超过一年 (Binhai 第十条): the last instalment falls due within the pack's months of the sale.</summary>
public sealed record InstalmentsMustBePaidWithinTheMaximumTerm(DateOnly LastDueOn, DateOnly LatestDueOn, int MaxMonths, string Clause) : IBusinessRule
{
    public bool IsBroken() => LastDueOn > LatestDueOn;

    public string Message => $"The last instalment falls due on {LastDueOn:yyyy-MM-dd}; instalments run at most {MaxMonths} months, to {LatestDueOn:yyyy-MM-dd}.";
}

/// <summary>须在不动产登记前缴清 (Binhai 第十条; 出让合同示范文本 第十一条): no registration before the whole price is paid.</summary>
public sealed record LandPriceMustBePaidInFullBeforeRegistration(decimal Paid, decimal Price, string Clause) : IBusinessRule
{
    public bool IsBroken() => Paid < Price;

    public string Message => $"{Paid} of the {Price} yuan land price is paid; {Price - Paid} yuan remain before the title can be registered.";
}

/// <summary>Payments add up to the price at most: an overpayment is a clerk's mistake, not a payment.</summary>
public sealed record PaymentsMustNotExceedThePrice(decimal PaidBefore, decimal Amount, decimal Price) : IBusinessRule
{
    public bool IsBroken() => PaidBefore + Amount > Price;

    public string Message => $"{PaidBefore} yuan are paid already; {Amount} more would exceed the {Price} yuan land price.";
}

/// <summary>The title is registered once.</summary>
public sealed record TitleIsRegisteredOnce(DateOnly? RegisteredOn) : IBusinessRule
{
    public bool IsBroken() => RegisteredOn is not null;

    public string Message => $"The title was registered on {RegisteredOn:yyyy-MM-dd} already.";
}
