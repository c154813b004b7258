using LandPlatform.ServiceDefaults.Security;
using Microsoft.AspNetCore.Authorization;

namespace LandPlatform.Web;

/// <summary>
/// Which pages a person is shown, from the token's bureau claim. The services decide what the person may do; these
/// only keep a page from offering work that is not theirs.
/// </summary>
public static class PortalPolicies
{
    public const string Enterprise = "enterprise";
    public const string Staff = "staff";
    public const string Operations = "operations";
    public const string CreditOffice = "credit-office";
    public const string Pricing = "pricing";

    public static void AddPortalPolicies(this AuthorizationOptions options)
    {
        options.AddPolicy(Enterprise, p => p.RequireClaim(PlatformClaims.Bureau, Bureaus.Enterprise));
        // The platform's operators (and auditors, who read what they did): failed messages and the delivery ledger.
        options.AddPolicy(Operations, p => p.RequireAssertion(c => c.User.HasClaim(PlatformClaims.Bureau, Bureaus.Operations) || c.User.HasClaim(PlatformClaims.Bureau, Bureaus.Auditor)));
        // 信用办 (and auditors): enterprises' credit files, objections and delisting.
        options.AddPolicy(CreditOffice, p => p.RequireAssertion(c => c.User.HasClaim(PlatformClaims.Bureau, Bureaus.Credit) || c.User.HasClaim(PlatformClaims.Bureau, Bureaus.Auditor)));
        // 规划和自然资源分局 (and auditors): quotes and reserve prices. Other staff may open a quote (pricing lets them read).
        options.AddPolicy(Pricing, p => p.RequireAssertion(c => c.User.HasClaim(PlatformClaims.Bureau, Bureaus.Planning) || c.User.HasClaim(PlatformClaims.Bureau, Bureaus.Auditor)));
        options.AddPolicy(Staff, p => p.RequireAssertion(c => Bureaus.IsStaff(c.User.FindFirst(PlatformClaims.Bureau)?.Value) || c.User.HasClaim(PlatformClaims.Bureau, Bureaus.Auditor)));
    }
}
