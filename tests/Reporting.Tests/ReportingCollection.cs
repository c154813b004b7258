using LandPlatform.Testing;
using LandPlatform.Testing.Identity;

namespace LandPlatform.Reporting.Tests;

[CollectionDefinition(Name)]
public sealed class ReportingCollection : ICollectionFixture<RabbitMqNode>, ICollectionFixture<IssuerFixture>
{
    public const string Name = "reporting";
}
