using LandPlatform.Testing.Identity;

namespace LandPlatform.Gateway.Tests.Support;

[CollectionDefinition(Name)]
public sealed class GatewayCollection : ICollectionFixture<IssuerFixture>
{
    public const string Name = "gateway with the development issuer";
}
