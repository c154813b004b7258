namespace LandPlatform.Testing;

/// <summary>
/// Name of the xunit collection sharing one <see cref="RabbitMqNode"/>. xunit only discovers collection definitions
/// in the test assembly itself, so each test project declares
/// <c>[CollectionDefinition(RabbitMqCollection.Name)] class … : ICollectionFixture&lt;RabbitMqNode&gt;</c>.
/// </summary>
public static class RabbitMqCollection
{
    public const string Name = "RabbitMQ node";
}
