using System.Net;
using System.Net.Sockets;

namespace LandPlatform.Testing;

/// <summary>Hands out loopback TCP ports that are free now and not handed out before in this process.</summary>
public static class FreePort
{
    // Below Linux's ephemeral range (32768–60999): a port the kernel picked (port 0) is one it also hands out as the
    // local end of outgoing connections, so between the probe and the real bind a test's own HTTP or AMQP client
    // could take it (a private broker died with eaddrinuse in CI that way). Up here only listeners compete.
    private const int Lowest = 20000;
    private const int Highest = 32767;

    // Ports other local tools listen on by default (RabbitMQ's distribution, Aspire's dashboard and DCP).
    private static readonly HashSet<int> Reserved = [25672, 22222, 18888, 18889, 18890];

    private static readonly HashSet<int> Given = [];
    private static readonly Lock Gate = new();

    public static int Next()
    {
        lock (Gate)
        {
            while (true)
            {
                // Random, so two test processes probing at once rarely pick the same port; the bind proves it free.
                var port = Random.Shared.Next(Lowest, Highest + 1);
                if (Reserved.Contains(port) || Given.Contains(port) || !IsFree(port))
                {
                    continue;
                }

                Given.Add(port);
                return port;
            }
        }
    }

    private static bool IsFree(int port)
    {
        using var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            listener.Bind(new IPEndPoint(IPAddress.Loopback, port));
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
