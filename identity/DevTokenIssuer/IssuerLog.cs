namespace LandPlatform.DevTokenIssuer;

internal static partial class IssuerLog
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Warning,
        Message = "Development token issuer started (DEVELOPMENT ONLY): signing key {KeyId} generated in memory, {UserCount} seeded users, service clients [{Clients}]")]
    public static partial void Started(ILogger logger, string keyId, int userCount, string clients);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Information,
        Message = "Issued a {GrantType} token to {Subject} (bureau {Bureau}) valid until {ExpiresAt:O}")]
    public static partial void Issued(ILogger logger, string grantType, string subject, string bureau, DateTimeOffset expiresAt);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Warning,
        Message = "Refused a {GrantType} token request for {Who}: {Error}")]
    public static partial void Refused(ILogger logger, string grantType, string who, string error);
}
