using System.Diagnostics;
using System.Security.Claims;
using LandPlatform.ServiceDefaults.Security;

namespace LandPlatform.Monitoring.Supervision;

/// <summary>
/// Makes the monitoring service itself the actor of the audit records its job writes (IAuditTrail.Record reads the
/// ambient HTTP user, which a background job lacks), with a trace of its own. The same device as credit's
/// Scheduling/ServiceActorScope: the second service to need it, so it belongs in the Auditing block next.
/// </summary>
internal sealed class ServiceActorScope : IDisposable
{
    private readonly IHttpContextAccessor _http;
    private readonly HttpContext? _previous;
    private readonly Activity _activity;

    public ServiceActorScope(IHttpContextAccessor http, string operation)
    {
        _http = http;
        _previous = http.HttpContext;
        _activity = new Activity(operation).Start();
        var identity = new ClaimsIdentity(
            [
                new Claim(PlatformClaims.Subject, ServiceIdentities.Subject(ServiceIdentities.Monitoring)),
                new Claim(PlatformClaims.Name, "monitoring service"),
                new Claim(PlatformClaims.Bureau, Bureaus.Service),
                new Claim(PlatformClaims.Service, ServiceIdentities.Monitoring),
            ],
            authenticationType: "monitoring-scheduler");
        http.HttpContext = new DefaultHttpContext { User = new ClaimsPrincipal(identity) };
    }

    public void Dispose()
    {
        _http.HttpContext = _previous;
        _activity.Stop();
        _activity.Dispose();
    }
}
