namespace LandPlatform.ServiceDefaults.Security;

/// <summary>
/// The claims every LandPlatform token carries, as the development issuer writes them and as the
/// production identity provider must be configured to write them. Services read people only
/// through these names (inbound claim mapping is off, so <c>sub</c> stays <c>sub</c>).
/// </summary>
public static class PlatformClaims
{
    /// <summary>Person id (<c>planning.clerk</c>) or, for a service identity, <c>service:&lt;name&gt;</c>.</summary>
    public const string Subject = "sub";

    /// <summary>Display name; Chinese names are fine.</summary>
    public const string Name = "name";

    /// <summary>One of <see cref="Bureaus"/>.</summary>
    public const string Bureau = "bureau";

    /// <summary>One of <see cref="StaffRoles"/>; only bureau staff carry it.</summary>
    public const string Role = "role";

    /// <summary>Enterprise users: their 18-character unified social credit code.</summary>
    public const string Uscc = "uscc";

    /// <summary>Service identities: the calling service's name (one of <see cref="ServiceIdentities"/>).</summary>
    public const string Service = "service";

    /// <summary>The audience every platform token is issued for and every service accepts.</summary>
    public const string Audience = "landplatform";

    /// <summary>Prefix of a service identity's <c>sub</c>.</summary>
    public const string ServiceSubjectPrefix = "service:";
}
