using System.Security.Cryptography;
using LandPlatform.AppHost.Options;

namespace Aspire.Hosting;

/// <summary>
/// The provincial monitoring platform (a simulator in development, issue 13) and the district's credentials for it. Each
/// run makes a fresh HMAC secret and hands it to both sides; in production the province issues it and only the
/// reporting service's configuration (Reporting__Provincial__*) changes.
/// </summary>
public static class ProvincialPlatformExtensions
{
    /// <summary>平顶山市石龙区 (seed 003's district); set Provincial:DistrictCode/DistrictName to report as another.</summary>
    private const string DefaultDistrictCode = "410404";
    private const string DefaultDistrictName = "石龙区";

    /// <summary>The simulator keeps what it accepted in its own SQLite file in the run's data folder.</summary>
    public static IResourceBuilder<ProjectResource> WithSimulatorStore(this IResourceBuilder<ProjectResource> province, PlatformRun run) =>
        province.WithEnvironment("ConnectionStrings__provincialdb", $"Data Source={Path.Combine(run.DataDirectory, "provincial.db")}");

    /// <summary>Reporting sends to <paramref name="province"/>'s address as this district, signing with a secret both know.</summary>
    public static IResourceBuilder<ProjectResource> WithProvincialPlatform(
        this IResourceBuilder<ProjectResource> reporting, IResourceBuilder<ProjectResource> province)
    {
        var configuration = reporting.ApplicationBuilder.Configuration;
        var district = configuration["Provincial:DistrictCode"] ?? DefaultDistrictCode;
        var secret = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        province.WithEnvironment($"Simulator__Districts__{district}__HmacSecret", secret);
        return reporting
            .WithEnvironment("Reporting__Provincial__Endpoint", province.GetEndpoint(PlatformProjectExtensions.HttpEndpointName))
            .WithEnvironment("Reporting__Provincial__DistrictCode", district)
            .WithEnvironment("Reporting__Provincial__DistrictName", configuration["Provincial:DistrictName"] ?? DefaultDistrictName)
            .WithEnvironment("Reporting__Provincial__HmacSecret", secret)
            .WaitFor(province);
    }
}
