using LandPlatform.Testing.Identity;

namespace LandPlatform.Security.Tests.Infrastructure;

[CollectionDefinition(Name)]
public sealed class SecurityCollection : ICollectionFixture<IssuerFixture>
{
    // One issuer for every test; the tests share its clock, so they run one after another.
    public const string Name = "security";
}
