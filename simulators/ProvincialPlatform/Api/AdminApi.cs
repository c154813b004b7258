using System.Text.Json;
using LandPlatform.ProvincialPlatform.Faults;
using LandPlatform.ProvincialPlatform.Store;
using LandPlatform.ProvincialProtocol;
using Microsoft.EntityFrameworkCore;

namespace LandPlatform.ProvincialPlatform.Api;

/// <summary>
/// The simulator's controls (a test double's, so unauthenticated): the fault mode, and what it holds as JSON for tests
/// and benchmarks to count.
/// </summary>
public static class AdminApi
{
    public sealed record FaultRequest(string? Mode, int? DelayMs);

    public sealed record HeldRecord(string IdempotencyKey, string ReceiptNumber, string Kind, string ParcelCode, int Revision, DateTimeOffset OccurredAt, DateTimeOffset ReceivedAt, int Repeats, long Sequence, string DistrictCode);

    /// <summary>Records held, a district's keys held twice (0 unless the store is broken), and repeats answered with a first receipt.</summary>
    public sealed record Stats(int Records, int DuplicateKeys, int RepeatsAnswered);

    public static void MapAdminApi(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/admin");
        admin.MapGet("/faults", (FaultSwitch faults) => TypedResults.Json(faults.Current, WireJson.Options));
        admin.MapPut("/faults", SetFault);
        admin.MapGet("/stats", async (RecordStore store) =>
        {
            var records = await store.Records.CountAsync();
            var distinct = await store.Records.Select(r => new { r.DistrictCode, r.IdempotencyKey }).Distinct().CountAsync();
            var repeats = await store.Records.SumAsync(r => r.Repeats);
            return TypedResults.Json(new Stats(records, records - distinct, repeats), WireJson.Options);
        });
        admin.MapGet("/records", async (string? parcel, RecordStore store) =>
        {
            var query = store.Records.AsNoTracking();
            query = parcel is null ? query : query.Where(r => r.ParcelCode == parcel);
            var held = await query.OrderBy(r => r.Id)
                .Select(r => new HeldRecord(r.IdempotencyKey, r.ReceiptNumber, r.Kind, r.ParcelCode, r.Revision, r.OccurredAt, r.ReceivedAt, r.Repeats, r.Id, r.DistrictCode))
                .ToListAsync();
            return TypedResults.Json(held, WireJson.Options);
        });
        // A key is a district's own: ?district= picks one when several districts sent the same key.
        admin.MapGet("/records/{key}", async (string key, string? district, RecordStore store) =>
            await store.Records.AsNoTracking().Where(r => r.IdempotencyKey == key && (district == null || r.DistrictCode == district))
                .OrderBy(r => r.Id).FirstOrDefaultAsync() is { } r
                ? Results.Text(r.Body, "application/json")
                : Results.NotFound());
    }

    private static IResult SetFault(FaultRequest request, FaultSwitch faults)
    {
        if (!Enum.TryParse<FaultMode>(request.Mode, ignoreCase: true, out var mode) || !Enum.IsDefined(mode))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["mode"] = [$"must be one of {string.Join(", ", Enum.GetNames<FaultMode>())}"] });
        }

        if (request.DelayMs is < 0 or > 600_000)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["delayMs"] = ["must be between 0 and 600000"] });
        }

        faults.Set(new FaultSettings(mode, request.DelayMs ?? 0));
        return TypedResults.Json(faults.Current, new JsonSerializerOptions(WireJson.Options) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } });
    }
}
