using System.Diagnostics;
using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace LandPlatform.ServiceDefaults.Security;

/// <summary>
/// Makes a service itself the actor of the audit records a background job writes: the audit trail reads the actor
/// from the ambient HTTP user, which a job does not have. The principal carries the service identity's claims
/// (sub service:&lt;name&gt;, bureau service, service &lt;name&gt;), and a trace is started so the records carry a
/// trace id like a request's. Credit's objection-period job, contracts' daily job and monitoring's supervision run
/// use it.
/// </summary>
public sealed class ServiceActorScope : IDisposable
{
    private readonly IHttpContextAccessor _http;
    private readonly HttpContext? _previous;
    private readonly Activity _activity;

    public ServiceActorScope(IHttpContextAccessor http, string service, string displayName, string operation)
    {
        ArgumentNullException.ThrowIfNull(http);
        _http = http;
        _previous = http.HttpContext;
        _activity = new Activity(operation).Start();
        var identity = new ClaimsIdentity(
            [
                new Claim(PlatformClaims.Subject, ServiceIdentities.Subject(service)),
                new Claim(PlatformClaims.Name, displayName),
                new Claim(PlatformClaims.Bureau, Bureaus.Service),
                new Claim(PlatformClaims.Service, service),
            ],
            authenticationType: $"{service}-scheduler");
        http.HttpContext = new DefaultHttpContext { User = new ClaimsPrincipal(identity) };
    }

    public void Dispose()
    {
        _http.HttpContext = _previous;
        _activity.Stop();
        _activity.Dispose();
    }
}
