using LandPlatform.Testing;
using LandPlatform.Testing.Identity;

namespace LandPlatform.Pricing.Tests.Api;

/// <summary>
/// One private broker and one development issuer for every API test: starting a broker costs seconds.
/// xunit discovers collection definitions only in the test assembly itself, hence this one.
/// </summary>
[CollectionDefinition(Name)]
public sealed class PricingApiCollection : ICollectionFixture<RabbitMqNode>, ICollectionFixture<IssuerFixture>
{
    public const string Name = "pricing api";
}
