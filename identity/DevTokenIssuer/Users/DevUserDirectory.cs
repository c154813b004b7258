using System.Security.Cryptography;
using System.Text;
using LandPlatform.IntegrationContracts.Enterprises;
using LandPlatform.ServiceDefaults.Security;

namespace LandPlatform.DevTokenIssuer.Users;

/// <summary>
/// The seeded people, overridable per run: <c>DevUsers:Password</c> (default <c>dev</c>, the one
/// documented development password) and <c>DevUsers:Accounts:{sub}:{Name|Bureau|Role|Uscc|Disabled}</c>
/// to change, add or remove a person. Every entry is checked against the claims contract at start.
/// </summary>
public sealed class DevUserDirectory
{
    public const string DefaultPassword = "dev";

    private readonly byte[] _password;

    private DevUserDirectory(IReadOnlyList<DevUser> users, string password)
    {
        Users = users;
        _password = Encoding.UTF8.GetBytes(password);
    }

    public IReadOnlyList<DevUser> Users { get; }

    public static DevUserDirectory From(IConfiguration configuration)
    {
        var users = SeededUsers.All.ToDictionary(u => u.Subject, StringComparer.Ordinal);
        foreach (var account in configuration.GetSection("DevUsers:Accounts").GetChildren())
        {
            users.TryGetValue(account.Key, out var seeded);
            if (account.GetValue<bool>("Disabled"))
            {
                users.Remove(account.Key);
                continue;
            }

            users[account.Key] = new DevUser(
                account.Key,
                account["Name"] ?? seeded?.Name ?? account.Key,
                account["Bureau"] ?? seeded?.Bureau ?? string.Empty,
                account["Role"] ?? seeded?.Role,
                account["Uscc"] ?? seeded?.Uscc);
        }

        foreach (var user in users.Values)
        {
            Validate(user);
        }

        var password = configuration["DevUsers:Password"];
        return new DevUserDirectory(
            users.Values.OrderBy(u => u.Subject, StringComparer.Ordinal).ToList(),
            string.IsNullOrEmpty(password) ? DefaultPassword : password);
    }

    public DevUser? Authenticate(string? username, string? password)
    {
        var user = Users.FirstOrDefault(u => u.Subject == username);
        var matches = CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(password ?? string.Empty), _password);
        return user is not null && matches ? user : null;
    }

    // The issuer must never hand a person a token that a service, another bureau's role or
    // another enterprise's code would be judged by.
    private static void Validate(DevUser user)
    {
        string? problem = user.Bureau switch
        {
            Bureaus.Service => "people cannot be in bureau 'service' (service identities use client credentials)",
            _ when Bureaus.IsStaff(user.Bureau) => StaffRoles.All.Contains(user.Role) && user.Uscc is null
                ? null
                : $"staff need a role ({string.Join('/', StaffRoles.All)}) and no uscc",
            Bureaus.Enterprise => EnterpriseProblem(user),
            Bureaus.Auditor => user.Role is null && user.Uscc is null ? null : "auditors carry no role or uscc",
            _ => $"unknown bureau '{user.Bureau}' (one of {string.Join(", ", Bureaus.All)})",
        };
        if (user.Subject.StartsWith(PlatformClaims.ServiceSubjectPrefix, StringComparison.Ordinal))
        {
            problem = "a person's id may not start with 'service:'";
        }

        if (problem is not null)
        {
            throw new InvalidOperationException($"Seeded user '{user.Subject}' is invalid: {problem}.");
        }
    }

    private static string? EnterpriseProblem(DevUser user)
    {
        if (user.Role is not null)
        {
            return "enterprise users carry no role";
        }

        return UnifiedSocialCreditCode.TryParse(user.Uscc, out _, out var error) ? null : $"enterprise users need a valid uscc: {error}";
    }
}
