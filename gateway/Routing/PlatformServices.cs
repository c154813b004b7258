namespace LandPlatform.Gateway.Routing;

/// <summary>The bureaus' services the gateway fronts; each is reached at <c>/api/{name}/…</c>.</summary>
public static class PlatformServices
{
    public static readonly IReadOnlyList<string> Names = ["admission", "pricing", "contracts", "monitoring", "credit", "reporting"];

    /// <summary>The service's logical address; service discovery turns it into where the service listens.</summary>
    public static Uri Address(string service) => new($"http://{service}");
}
