using LandPlatform.Testing;

namespace LandPlatform.Messaging.Tests;

[Collection(RabbitMqCollection.Name)]
public sealed class RabbitMqNodeTests(RabbitMqNode node)
{
    [Fact]
    public async Task Node_is_private_and_answers_on_its_own_port()
    {
        Assert.True(node.IsRunning);
        Assert.NotEqual(5672, node.AmqpPort);
        Assert.StartsWith("lp-", node.NodeName, StringComparison.Ordinal);
        Assert.NotNull(await node.ListQueuesAsync());
    }
}
