using Microsoft.Extensions.Configuration;

namespace LandPlatform.AppHost.Dashboard;

/// <summary>
/// Where the dashboard listens when nothing else says so (an AppHost started with <c>dotnet run</c> gets these
/// from a launch profile; run.sh starts the built AppHost directly, so they are set here).
/// Security for local use, Aspire's defaults kept on purpose:
/// - bound to localhost only: nobody else on the network reaches it;
/// - the browser signs in with a token printed at start (random per run; set
///   <c>ASPIRE_DASHBOARD_FRONTEND_BROWSERTOKEN</c> to fix it for scripts), because other local users and any web
///   page the developer opens could otherwise read traces and console logs, which carry clerks' data and the
///   services' secrets;
/// - the OTLP receiver requires the API key Aspire hands to each resource (<c>OTEL_EXPORTER_OTLP_HEADERS</c>), and
///   the telemetry HTTP API a key too (<c>AppHost__DashboardApiKey</c> fixes it), so no other process on the
///   machine can inject or read telemetry;
/// - plain HTTP (<c>ASPIRE_ALLOW_UNSECURED_TRANSPORT</c>): there is no trusted development certificate here, and
///   the traffic never leaves the loopback interface.
/// </summary>
public static class DashboardDefaults
{
    public const int DashboardPort = 18888;
    public const int OtlpHttpPort = 18890;
    public const int ResourceServicePort = 18891;

    /// <param name="dynamicPorts">Any free ports (tests, benchmarks, several runs side by side).</param>
    public static void Apply(IConfiguration configuration, bool dynamicPorts)
    {
        void SetUnlessSet(string key, string value)
        {
            if (string.IsNullOrEmpty(configuration[key]))
            {
                configuration[key] = value;
            }
        }

        SetUnlessSet("ASPIRE_ALLOW_UNSECURED_TRANSPORT", "true");
        SetUnlessSet("ASPNETCORE_URLS", Url(dynamicPorts ? 0 : DashboardPort));
        SetUnlessSet("ASPIRE_DASHBOARD_OTLP_HTTP_ENDPOINT_URL", Url(dynamicPorts ? 0 : OtlpHttpPort));
        SetUnlessSet("ASPIRE_RESOURCE_SERVICE_ENDPOINT_URL", Url(dynamicPorts ? 0 : ResourceServicePort));
    }

    private static string Url(int port) => $"http://localhost:{port}";
}
