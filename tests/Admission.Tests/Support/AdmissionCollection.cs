using LandPlatform.Testing;
using LandPlatform.Testing.Identity;

namespace LandPlatform.Admission.Tests.Support;

[CollectionDefinition(Name)]
public sealed class AdmissionCollection : ICollectionFixture<RabbitMqNode>, ICollectionFixture<IssuerFixture>
{
    public const string Name = "admission";
}
