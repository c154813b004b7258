using LandPlatform.Testing;
using LandPlatform.Testing.Identity;

namespace LandPlatform.Credit.Tests.Support;

/// <summary>One private broker and one development issuer for every test that runs the service (each costs seconds to start).</summary>
[CollectionDefinition(Name)]
public sealed class CreditServiceCollection : ICollectionFixture<RabbitMqNode>, ICollectionFixture<IssuerFixture>
{
    public const string Name = "credit service";
}
