namespace LandPlatform.Messaging.Tests;

public sealed class AmqpUriTests
{
    [Theory]
    [InlineData("amqp://guest:guest@127.0.0.1:5672/", "127.0.0.1", 5672, "/", "guest", "guest")]
    [InlineData("amqp://u:p%40ss@broker/land", "broker", 5672, "land", "u", "p@ss")]
    [InlineData("amqps://broker", "broker", 5671, "/", "guest", "guest")]
    public void Parses_aspire_style_connection_strings(
        string uri, string host, int port, string vhost, string user, string password) =>
        Assert.Equal(new AmqpUri(host, (ushort)port, vhost, user, password), AmqpUri.Parse(uri));

    [Fact]
    public void Rejects_non_amqp_strings() =>
        Assert.Throws<InvalidOperationException>(() => AmqpUri.Parse("host=localhost"));
}
