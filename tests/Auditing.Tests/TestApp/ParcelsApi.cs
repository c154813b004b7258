using LandPlatform.Auditing;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LandPlatform.Auditing.Tests.TestApp;

public static class ParcelsApi
{
    public sealed record CreateParcel(string? Name);

    public static void MapParcelsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/parcels");
        group.MapPost("/", Create);
        group.MapDelete("/{id:guid}", Delete).RequireAuthorization("leader");
        group.MapPut("/{id:guid}/unrecorded", RenameWithoutRecording);
    }

    // The pattern every service endpoint follows: validate, change, record, one SaveChanges.
    private static async Task<Results<Created<Parcel>, ValidationProblem>> Create(
        CreateParcel request, TestDbContext db, IAuditTrail audit, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.Name))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["name"] = ["A name is required."] });
        }

        var parcel = new Parcel(Guid.NewGuid(), request.Name);
        db.Parcels.Add(parcel);
        audit.Record(new AuditEntry("parcels.create", "parcel", parcel.Id.ToString(), After: AuditSummary.Json(parcel)));
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/parcels/{parcel.Id}", parcel);
    }

    private static async Task<Results<NoContent, NotFound>> Delete(Guid id, TestDbContext db, IAuditTrail audit, CancellationToken ct)
    {
        if (await db.Parcels.FindAsync([id], ct) is not { } parcel)
        {
            return TypedResults.NotFound();
        }

        db.Parcels.Remove(parcel);
        audit.Record(new AuditEntry("parcels.delete", "parcel", id.ToString(), Before: AuditSummary.Json(parcel)));
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    // A write whose endpoint forgot to record: the middleware still leaves one record.
    private static async Task<Results<NoContent, NotFound>> RenameWithoutRecording(Guid id, CreateParcel request, TestDbContext db, CancellationToken ct)
    {
        if (await db.Parcels.FindAsync([id], ct) is not { } parcel)
        {
            return TypedResults.NotFound();
        }

        db.Entry(parcel).CurrentValues.SetValues(parcel with { Name = request.Name ?? parcel.Name });
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }
}
