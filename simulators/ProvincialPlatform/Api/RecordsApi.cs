using System.Globalization;
using System.Text.Json;
using LandPlatform.ProvincialPlatform.Checks;
using LandPlatform.ProvincialPlatform.Faults;
using LandPlatform.ProvincialPlatform.Store;
using LandPlatform.ProvincialProtocol;
using Microsoft.EntityFrameworkCore;

namespace LandPlatform.ProvincialPlatform.Api;

/// <summary>
/// POST /api/records: verify the sender, answer the sender's repeat with its first receipt, check every field, store and answer a
/// receipt — or misbehave as the fault switch says.
/// </summary>
public static class RecordsApi
{
    public static void MapRecordsApi(this IEndpointRouteBuilder app) => app.MapPost("/" + ProvincialHeaders.RecordsPath, Receive);

    private static async Task<IResult> Receive(HttpContext http, RecordStore store, StoreWriteGate writes, SignatureCheck signatures, FaultSwitch faults, TimeProvider clock)
    {
        var fault = faults.Current;
        if (fault.Mode == FaultMode.Down)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Platform unavailable", detail: "The platform is down (simulated).");
        }

        using var buffer = new MemoryStream();
        await http.Request.Body.CopyToAsync(buffer, http.RequestAborted);
        var body = buffer.ToArray();
        if (fault.Mode == FaultMode.Slow)
        {
            // After the body arrived and not cancelled with the request: a slow platform still files what it was sent
            // after the sender gave up waiting.
            await Task.Delay(TimeSpan.FromMilliseconds(fault.DelayMs), clock, CancellationToken.None);
        }
        if (signatures.Refusal(http.Request.Headers, body) is { } refusal)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Signature refused", detail: refusal);
        }

        ProvincialRecord? record;
        try
        {
            record = JsonSerializer.Deserialize<ProvincialRecord>(body, WireJson.Options);
        }
        catch (JsonException e)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Not a record", detail: e.Message);
        }

        if (record?.Data is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Not a record", detail: "The body holds no record with data.");
        }

        // A repeat is answered before any check: the record was accepted once and keeps its receipt. Keys are the
        // districts' own (each derives them from its facts), so a repeat is the same key from the same sender: the
        // district whose signature just verified. Another district's record under that key is a new record.
        var district = http.Request.Headers[ProvincialHeaders.District].ToString();
        if (await store.Records.FirstOrDefaultAsync(r => r.DistrictCode == district && r.IdempotencyKey == record.IdempotencyKey) is { } known)
        {
            if (IsBeingFiled(known.ReceiptNumber))
            {
                return BeingFiled(record.IdempotencyKey);
            }

            known.Repeats++;
            await writes.SaveAsync(store);
            return await AnswerAsync(http, fault, new ProvincialReceipt(known.ReceiptNumber, known.IdempotencyKey, Repeat: true));
        }

        if (fault.Mode == FaultMode.Reject)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "Record refused", detail: "The platform refuses records at the moment (simulated).");
        }

        var errors = RecordChecks.Check(record, district, http.Request.Headers[ProvincialHeaders.IdempotencyKey].ToString());
        if (errors.Count > 0)
        {
            return TypedResults.Problem(new HttpValidationProblemDetails(errors)
            {
                Status = StatusCodes.Status422UnprocessableEntity,
                Title = "Record refused",
                Detail = $"{record.Kind} {record.IdempotencyKey} fails the platform's checks.",
            });
        }

        return await StoreAsync(store, writes, district, record, body, clock.GetUtcNow()) is { } receipt
            ? await AnswerAsync(http, fault, receipt)
            : BeingFiled(record.IdempotencyKey);
    }

    // A record is stored first and numbered from its row right after (the receipt number holds the row id). A repeat
    // arriving in between (the sender gave up on a slow answer and tried again) must not be answered with the
    // placeholder: that answer became the sender's receipt for good (seen in CI). It is told to come back instead.
    private const string Placeholder = "pending-";

    private static bool IsBeingFiled(string receiptNumber) => receiptNumber.StartsWith(Placeholder, StringComparison.Ordinal);

    private static IResult BeingFiled(string idempotencyKey) => TypedResults.Problem(
        statusCode: StatusCodes.Status503ServiceUnavailable, title: "Being filed",
        detail: $"{idempotencyKey} is being filed by an earlier request; send it again for its receipt.");

    /// <summary>The receipt, or null while an earlier request of the same record is still numbering it.</summary>
    private static async Task<ProvincialReceipt?> StoreAsync(RecordStore store, StoreWriteGate writes, string district, ProvincialRecord record, byte[] body, DateTimeOffset now)
    {
        var stored = new StoredRecord
        {
            IdempotencyKey = record.IdempotencyKey,
            ReceiptNumber = Placeholder + Guid.NewGuid().ToString("N"),
            // The verified sender (the checks made the record's own districtCode agree with it).
            DistrictCode = district,
            Kind = record.Kind,
            ParcelCode = record.ParcelCode,
            SchemaVersion = record.SchemaVersion,
            Revision = record.Revision,
            OccurredAt = record.OccurredAt,
            ReceivedAt = now,
            Body = System.Text.Encoding.UTF8.GetString(body),
        };
        store.Records.Add(stored);
        try
        {
            await writes.SaveAsync(store);
        }
        catch (DbUpdateException)
        {
            // The same record raced in on another connection: the unique (district, key) kept one; answer with its receipt.
            store.ChangeTracker.Clear();
            var first = await store.Records.SingleAsync(r => r.DistrictCode == district && r.IdempotencyKey == record.IdempotencyKey);
            return IsBeingFiled(first.ReceiptNumber) ? null : new ProvincialReceipt(first.ReceiptNumber, first.IdempotencyKey, Repeat: true);
        }

        // 受理回执号: the day and the row number, unique and increasing.
        stored.ReceiptNumber = string.Create(CultureInfo.InvariantCulture, $"SJ{now:yyyyMMdd}{stored.Id:D8}");
        await writes.SaveAsync(store);
        return new ProvincialReceipt(stored.ReceiptNumber, stored.IdempotencyKey, Repeat: false);
    }

    private static Task<IResult> AnswerAsync(HttpContext http, FaultSettings fault, ProvincialReceipt receipt)
    {
        if (fault.Mode == FaultMode.DropReply)
        {
            // Stored, but the sender never hears so: the connection is cut before any response byte.
            http.Abort();
            return Task.FromResult(Results.Empty);
        }

        return Task.FromResult<IResult>(TypedResults.Json(receipt, WireJson.Options));
    }
}
