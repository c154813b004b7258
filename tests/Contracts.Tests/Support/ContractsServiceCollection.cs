using LandPlatform.Testing;
using LandPlatform.Testing.Identity;

namespace LandPlatform.Contracts.Tests.Support;

/// <summary>One private broker and one development issuer for every test that runs the service.</summary>
[CollectionDefinition(Name)]
public sealed class ContractsServiceCollection : ICollectionFixture<RabbitMqNode>, ICollectionFixture<IssuerFixture>
{
    public const string Name = "contracts service";
}
