namespace LandPlatform.Messaging;

/// <summary>The parts of an amqp://user:pass@host:port/vhost connection string MassTransit's host needs.</summary>
internal sealed record AmqpUri(string Host, ushort Port, string VirtualHost, string Username, string Password)
{
    public static AmqpUri Parse(string connectionString)
    {
        if (!Uri.TryCreate(connectionString, UriKind.Absolute, out var uri) || uri.Scheme is not ("amqp" or "amqps"))
        {
            throw new InvalidOperationException("The bus connection string must be an amqp:// URI.");
        }

        var userInfo = uri.UserInfo.Split(':', 2);
        var user = userInfo[0].Length > 0 ? Uri.UnescapeDataString(userInfo[0]) : "guest";
        var password = userInfo.Length > 1 ? Uri.UnescapeDataString(userInfo[1]) : "guest";
        // AMQP URI spec: the path (without its leading slash) is the vhost; an empty path means the default "/".
        var vhost = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        var port = uri.IsDefaultPort || uri.Port < 0 ? (uri.Scheme == "amqps" ? 5671 : 5672) : uri.Port;
        return new AmqpUri(uri.Host, (ushort)port, vhost.Length == 0 ? "/" : vhost, user, password);
    }
}
