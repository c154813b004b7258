using LandPlatform.SeedWork;

namespace LandPlatform.Credit.Domain;

/// <summary>The periods of a notice come from the pack version in force on the notice date, not another.</summary>
public sealed class PolicyMustBeInForceOnTheNoticeDate(CreditPolicy policy, DateOnly noticeDate) : IBusinessRule
{
    public bool IsBroken() => !policy.IsInForceOn(noticeDate);

    public string Message =>
        $"Policy pack {policy.PackId} v{policy.Version} is in force {policy.EffectiveFrom:yyyy-MM-dd} to {(policy.EffectiveTo is { } to ? to.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "open")}, not on {noticeDate:yyyy-MM-dd}.";
}
