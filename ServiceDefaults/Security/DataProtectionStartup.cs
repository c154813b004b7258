using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace LandPlatform.ServiceDefaults.Security;

/// <summary>
/// AddAuthentication() registers ASP.NET Core data protection, and with it a hosted service that creates and
/// persists a key ring (unencrypted XML under the account's home folder) at every start. The platform
/// authenticates with bearer tokens only: no cookie, antiforgery token or protected payload is ever issued, so
/// that key ring is never read. Dropping the eager start leaves data protection registered (keys would be made
/// on first use, should a protector ever be asked for) and saves loading XML and the key machinery in every
/// process: 2–8 MB resident per service, measured with scripts/bench-startup.sh.
/// </summary>
public static class DataProtectionStartup
{
    /// <summary>The hosted service's full name; a test checks that AddAuthentication still registers it.</summary>
    public const string HostedServiceTypeName = "Microsoft.AspNetCore.DataProtection.Internal.DataProtectionHostedService";

    public static IServiceCollection RemoveEagerKeyRingStartup(this IServiceCollection services)
    {
        for (var i = services.Count - 1; i >= 0; i--)
        {
            if (services[i].ServiceType == typeof(IHostedService)
                && services[i].ImplementationType?.FullName == HostedServiceTypeName)
            {
                services.RemoveAt(i);
            }
        }

        return services;
    }
}
