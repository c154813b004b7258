using LandPlatform.Testing;
using LandPlatform.Testing.Identity;

namespace LandPlatform.BadInput.Tests.Services;

/// <summary>One private RabbitMQ node and one development issuer for the whole drill.</summary>
[CollectionDefinition(Name)]
public sealed class DrillCollection : ICollectionFixture<RabbitMqNode>, ICollectionFixture<IssuerFixture>
{
    public const string Name = "bad-input drill";
}
