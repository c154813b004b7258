using System.Net;
using System.Net.Sockets;

namespace LandPlatform.AppHost.Hosting.Orchestration;

/// <summary>
/// Hands out free loopback ports before anything starts, so every address can be injected up front
/// (as Aspire does). The OS picks the port (bind to 0); the port is released right away, so another
/// program could take it before our child binds it: rare on a workstation, and the child then fails
/// loudly on start instead of talking to a stranger.
/// </summary>
public sealed class PortAllocator
{
    private readonly HashSet<int> _handedOut = [];
    private readonly Lock _gate = new();

    public int Allocate()
    {
        lock (_gate)
        {
            // The OS may hand back a port we gave out whose child has not bound it yet; skip those.
            for (var attempt = 0; attempt < 100; attempt++)
            {
                var port = BindEphemeral();
                if (_handedOut.Add(port))
                {
                    return port;
                }
            }

            throw new InvalidOperationException("no free loopback port found");
        }
    }

    public static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            listener.Stop();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static int BindEphemeral()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
        finally
        {
            listener.Stop();
        }
    }
}
