using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using LandPlatform.ProvincialProtocol;
using Microsoft.Extensions.Options;

namespace LandPlatform.Reporting.Delivery;

/// <summary>
/// Posts one signed record to the provincial platform and reads its answer. No retry here: the ledger decides when to
/// try again, so every attempt is counted and visible.
/// </summary>
public sealed class ProvincialClient(HttpClient http, IOptions<ProvincialOptions> options, TimeProvider clock)
{
    private readonly ProvincialOptions _options = options.Value;

    public async Task<DeliveryResult> SendAsync(ProvincialRecord record, TimeSpan timeout, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(record);
        var body = JsonSerializer.SerializeToUtf8Bytes(record, WireJson.Options);
        var timestamp = clock.GetUtcNow();
        var signed = RecordSignature.SignedBytes(_options.DistrictCode, timestamp, record.IdempotencyKey, body);
        var signature = _options.Algorithm == RecordSignature.Sm3WithSm2
            ? Sm2Keys.Sign(_options.Sm2PrivateKey!, signed)
            : RecordSignature.SignHmac(Encoding.UTF8.GetBytes(_options.HmacSecret!), signed);

        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_options.Endpoint!, ProvincialHeaders.RecordsPath))
        {
            Content = new ByteArrayContent(body) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" } } },
        };
        request.Headers.Add(ProvincialHeaders.District, _options.DistrictCode);
        request.Headers.Add(ProvincialHeaders.Timestamp, RecordSignature.FormatTimestamp(timestamp));
        request.Headers.Add(ProvincialHeaders.IdempotencyKey, record.IdempotencyKey);
        request.Headers.Add(ProvincialHeaders.Algorithm, _options.Algorithm);
        request.Headers.Add(ProvincialHeaders.Signature, signature);

        using var attempt = CancellationTokenSource.CreateLinkedTokenSource(ct);
        attempt.CancelAfter(timeout);
        try
        {
            using var response = await http.SendAsync(request, attempt.Token);
            if (response.IsSuccessStatusCode)
            {
                var receipt = await response.Content.ReadFromJsonAsync<ProvincialReceipt>(WireJson.Options, attempt.Token);
                return string.IsNullOrEmpty(receipt?.ReceiptNumber)
                    ? new DeliveryResult.Failed("The platform answered without a receipt number.")
                    : new DeliveryResult.Delivered(receipt.ReceiptNumber);
            }

            // 400/422: the platform read the record and refused it; anything else (401 for a signature it cannot
            // verify, 5xx, 429) is not a verdict on the record's content, so it is retried and parks in the end.
            return response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.UnprocessableEntity
                ? new DeliveryResult.Rejected(await ReasonAsync(response, attempt.Token))
                : new DeliveryResult.Failed($"HTTP {(int)response.StatusCode}: {await ReasonAsync(response, attempt.Token)}");
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return new DeliveryResult.Failed($"No answer within {timeout.TotalSeconds:0.###} s.");
        }
        catch (Exception e) when (e is HttpRequestException or IOException or JsonException)
        {
            return new DeliveryResult.Failed(e.Message);
        }
    }

    /// <summary>The problem's detail and each field's reasons, as the platform worded them.</summary>
    private static async Task<string> ReasonAsync(HttpResponseMessage response, CancellationToken ct)
    {
        var text = await response.Content.ReadAsStringAsync(ct);
        try
        {
            using var problem = JsonDocument.Parse(text);
            var parts = new List<string>();
            if (problem.RootElement.TryGetProperty("detail", out var detail) && detail.ValueKind == JsonValueKind.String)
            {
                parts.Add(detail.GetString()!);
            }

            if (problem.RootElement.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Object)
            {
                parts.AddRange(errors.EnumerateObject().Select(f => $"{f.Name}: {string.Join("; ", f.Value.EnumerateArray().Select(v => v.GetString()))}"));
            }

            return parts.Count > 0 ? string.Join(" | ", parts) : text;
        }
        catch (JsonException)
        {
            return string.IsNullOrWhiteSpace(text) ? response.ReasonPhrase ?? "no reason given" : text;
        }
    }
}
