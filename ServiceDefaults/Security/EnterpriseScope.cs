using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LandPlatform.ServiceDefaults.Security;

/// <summary>
/// An enterprise user acts only on its own unified social credit code. The permission table says
/// enterprises may submit, sign, report and object; only the service knows which enterprise the
/// resource belongs to, so it calls this with that code:
/// <code>if (EnterpriseScope.Check(user, request.Uscc) is { } denied) return denied;</code>
/// </summary>
public static class EnterpriseScope
{
    public static bool MayActFor(this ClaimsPrincipal user, string? uscc) => CurrentActor.From(user).MayActFor(uscc);

    /// <summary>Null when <paramref name="user"/> may act for <paramref name="uscc"/>; otherwise the 403 problem to return.</summary>
    public static ProblemHttpResult? Check(ClaimsPrincipal user, string? uscc) => Check(CurrentActor.From(user), uscc);

    public static ProblemHttpResult? Check(CurrentActor actor, string? uscc) =>
        actor.MayActFor(uscc) ? null : AuthProblems.NotYourEnterprise(actor, uscc?.Trim().ToUpperInvariant());
}
