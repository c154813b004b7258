using System.Net;
using System.Net.Sockets;

namespace LandPlatform.Testing;

/// <summary>Hands out loopback TCP ports that are free now and not handed out before in this process.</summary>
public static class FreePort
{
    private static readonly HashSet<int> Given = [];
    private static readonly Lock Gate = new();

    public static int Next()
    {
        lock (Gate)
        {
            while (true)
            {
                // Port 0 lets the kernel pick; the small window until the caller binds is an accepted race.
                using var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
                var port = ((IPEndPoint)listener.LocalEndPoint!).Port;
                if (Given.Add(port))
                {
                    return port;
                }
            }
        }
    }
}
