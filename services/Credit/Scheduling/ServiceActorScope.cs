using System.Diagnostics;
using System.Security.Claims;
using LandPlatform.Credit.Domain;
using LandPlatform.ServiceDefaults.Security;

namespace LandPlatform.Credit.Scheduling;

/// <summary>
/// Makes the credit service itself the actor of the audit records written inside it: IAuditTrail.Record
/// reads the actor from the ambient HTTP user, which a background job does not have. The principal
/// carries the service identity's claims (sub service:credit, bureau service, service credit); a trace is
/// started so the record carries a trace id like a request's. Move to the Auditing block as a
/// first-class "system actor" when a second service needs it.
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
                new Claim(PlatformClaims.Subject, ServiceIdentities.Subject(ServiceIdentities.Credit)),
                new Claim(PlatformClaims.Name, Actor.CreditService.Name),
                new Claim(PlatformClaims.Bureau, Bureaus.Service),
                new Claim(PlatformClaims.Service, ServiceIdentities.Credit),
            ],
            authenticationType: "credit-scheduler");
        http.HttpContext = new DefaultHttpContext { User = new ClaimsPrincipal(identity) };
    }

    public void Dispose()
    {
        _http.HttpContext = _previous;
        _activity.Stop();
        _activity.Dispose();
    }
}
