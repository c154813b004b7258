namespace LandPlatform.DevTokenIssuer.Users;

/// <summary>A seeded person: the claims the issuer writes for them (PlatformClaims).</summary>
public sealed record DevUser(string Subject, string Name, string Bureau, string? Role, string? Uscc);
