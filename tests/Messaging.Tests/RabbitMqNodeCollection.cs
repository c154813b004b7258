using LandPlatform.Testing;

namespace LandPlatform.Messaging.Tests;

/// <summary>One private broker for the whole assembly: starting one costs ~5 s.</summary>
[CollectionDefinition(RabbitMqCollection.Name)]
public sealed class RabbitMqNodeCollection : ICollectionFixture<RabbitMqNode>;
