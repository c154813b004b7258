using System.Net;
using System.Net.Http.Headers;

namespace LandPlatform.ServiceDefaults.Security;

/// <summary>
/// Sends this service's identity with every outgoing call (REST or the gRPC transport, which is an
/// HttpClient too), so the callee's permission table can tell which service is asking.
/// </summary>
public sealed class ServiceIdentityHandler(ServiceTokenProvider tokens) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var token = await tokens.GetTokenAsync(cancellationToken);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await base.SendAsync(request, cancellationToken);

        // A refused token (401, or gRPC UNAUTHENTICATED) is not retried here: a retried write could
        // apply twice. It is dropped, so the next call carries a fresh one.
        if (response.StatusCode == HttpStatusCode.Unauthorized
            || (response.Headers.TryGetValues("grpc-status", out var status) && status.FirstOrDefault() == "16"))
        {
            tokens.Invalidate(token, request.RequestUri?.GetLeftPart(UriPartial.Authority));
        }

        return response;
    }
}
