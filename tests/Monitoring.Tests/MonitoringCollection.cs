using LandPlatform.Testing;
using LandPlatform.Testing.Identity;

namespace LandPlatform.Monitoring.Tests;

[CollectionDefinition(Name)]
public sealed class MonitoringCollection : ICollectionFixture<RabbitMqNode>, ICollectionFixture<IssuerFixture>
{
    public const string Name = "monitoring";
}
