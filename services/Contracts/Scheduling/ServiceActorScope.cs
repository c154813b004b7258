using System.Diagnostics;
using System.Security.Claims;
using LandPlatform.Contracts.Domain;
using LandPlatform.ServiceDefaults.Security;

namespace LandPlatform.Contracts.Scheduling;

/// <summary>
/// Makes the contracts service itself the actor of the audit records written inside it: IAuditTrail.Record
/// reads the actor from the ambient HTTP user, which a background job does not have. The principal
/// carries the service identity's claims (sub service:contracts, bureau service, service contracts); a trace is
/// started so the record carries a trace id like a request's. A copy of credit's (the second service to need it): move
/// both to the Auditing block as a first-class "system actor" when the integrator agrees.
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
                new Claim(PlatformClaims.Subject, ServiceIdentities.Subject(ServiceIdentities.Contracts)),
                new Claim(PlatformClaims.Name, Actor.ContractsService.Name),
                new Claim(PlatformClaims.Bureau, Bureaus.Service),
                new Claim(PlatformClaims.Service, ServiceIdentities.Contracts),
            ],
            authenticationType: "contracts-scheduler");
        http.HttpContext = new DefaultHttpContext { User = new ClaimsPrincipal(identity) };
    }

    public void Dispose()
    {
        _http.HttpContext = _previous;
        _activity.Stop();
        _activity.Dispose();
    }
}
