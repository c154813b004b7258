using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace LandPlatform.Web.Api;

/// <summary>
/// The services' REST APIs through the gateway, as the signed-in person (<see cref="UserTokenHandler"/>). Every
/// refusal comes back as an <see cref="ApiProblem"/> the page shows as sentences, never as the raw document.
/// </summary>
public sealed class GatewayApi(HttpClient http)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public async Task<ApiResult<T>> GetAsync<T>(string path, CancellationToken ct = default)
    {
        using var response = await SendAsync(new HttpRequestMessage(HttpMethod.Get, path), ct);
        return await ReadAsync<T>(response, ct);
    }

    public async Task<ApiResult<T>> PostAsync<T>(string path, object body, CancellationToken ct = default)
    {
        using var response = await SendAsync(new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body, options: Json) }, ct);
        return await ReadAsync<T>(response, ct);
    }

    /// <summary>The response as it came (documents: HTML or PDF), for the caller to stream and dispose.</summary>
    public Task<HttpResponseMessage> GetRawAsync(string path, CancellationToken ct = default) =>
        http.SendAsync(new HttpRequestMessage(HttpMethod.Get, path), HttpCompletionOption.ResponseHeadersRead, ct);

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        using (request)
        {
            try
            {
                return await http.SendAsync(request, ct);
            }
            catch (HttpRequestException)
            {
                return new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
            }
            catch (TaskCanceledException) when (!ct.IsCancellationRequested)
            {
                return new HttpResponseMessage(HttpStatusCode.GatewayTimeout);
            }
        }
    }

    private static async Task<ApiResult<T>> ReadAsync<T>(HttpResponseMessage response, CancellationToken ct)
    {
        if (response.IsSuccessStatusCode)
        {
            return new ApiResult<T>(await response.Content.ReadFromJsonAsync<T>(Json, ct), null);
        }

        return new ApiResult<T>(default, await ApiProblem.ReadAsync(response, ct));
    }
}

public sealed record ApiResult<T>(T? Value, ApiProblem? Problem)
{
    public bool Succeeded => Problem is null;
}
