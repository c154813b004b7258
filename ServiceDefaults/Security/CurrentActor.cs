using System.Security.Claims;
using LandPlatform.IntegrationContracts.Enterprises;

namespace LandPlatform.ServiceDefaults.Security;

/// <summary>
/// Who is making the request, read once from the validated token: what the audit trail records and
/// what permissions are judged on. Resolve it from DI (scoped) or build it with <see cref="From"/>.
/// </summary>
public sealed record CurrentActor(string? PersonId, string? Name, string? Bureau, string? Role, string? Uscc, string? Service)
{
    public static readonly CurrentActor Anonymous = new(null, null, null, null, null, null);

    public bool IsAuthenticated => PersonId is not null;

    public bool IsStaff => Bureaus.IsStaff(Bureau) && Role is not null;

    public bool IsEnterprise => Bureau == Bureaus.Enterprise && Uscc is not null;

    public bool IsAuditor => Bureau == Bureaus.Auditor;

    public bool IsService => Bureau == Bureaus.Service && Service is not null;

    public static CurrentActor From(ClaimsPrincipal? user)
    {
        if (user?.Identity?.IsAuthenticated != true || user.FindFirst(PlatformClaims.Subject)?.Value is not { Length: > 0 } subject)
        {
            return Anonymous;
        }

        var bureau = user.FindFirst(PlatformClaims.Bureau)?.Value;
        var role = user.FindFirst(PlatformClaims.Role)?.Value;
        var service = user.FindFirst(PlatformClaims.Service)?.Value;

        // A claim only counts where it means something: a role outside a staff bureau, a service
        // name on a person, or a malformed code could otherwise satisfy a grant by accident.
        return new CurrentActor(
            subject,
            user.FindFirst(PlatformClaims.Name)?.Value,
            bureau,
            Bureaus.IsStaff(bureau) && StaffRoles.All.Contains(role) ? role : null,
            bureau == Bureaus.Enterprise && UnifiedSocialCreditCode.TryParse(user.FindFirst(PlatformClaims.Uscc)?.Value, out var code, out _)
                ? code.Value
                : null,
            bureau == Bureaus.Service && service is not null && subject == ServiceIdentities.Subject(service) ? service : null);
    }

    /// <summary>
    /// Whether this actor may act on the enterprise <paramref name="uscc"/>: an enterprise user only
    /// on its own code; everyone else as far as their permissions go (checked separately).
    /// </summary>
    public bool MayActFor(string? uscc)
    {
        if (!IsAuthenticated)
        {
            return false;
        }

        if (Bureau != Bureaus.Enterprise)
        {
            return true;
        }

        return Uscc is not null
            && string.Equals(Uscc, uscc?.Trim().ToUpperInvariant(), StringComparison.Ordinal);
    }

    /// <summary>How the actor is named in logs and problem details.</summary>
    public override string ToString() => PersonId is null
        ? "anonymous"
        : $"{PersonId} ({Bureau}{(Role is null ? string.Empty : " " + Role)})";
}
