using System.Linq.Expressions;
using LandPlatform.Credit.Domain;
using LandPlatform.IntegrationContracts.Enterprises;
using LandPlatform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LandPlatform.Credit.Infrastructure;

/// <summary>
/// Reads an enterprise's file; REST, gRPC Check, the job and the consumers use the same queries.
/// Each one is an index lookup (by key, by code+status, by ID number, by controlled code), never a scan.
/// </summary>
internal static class CreditFile
{
    /// <summary>A listing with everything its methods need (history, objection, evidence), tracked for change.</summary>
    public static Task<Listing?> ListingAsync(CreditDbContext db, Guid id, CancellationToken ct) =>
        db.Listings
            .Include(l => l.History)
            .Include(l => l.Objection)
            .AsSplitQuery()
            .SingleOrDefaultAsync(l => l.Id == id, ct);

    public static Task<Enterprise?> EnterpriseAsync(CreditDbContext db, string uscc, CancellationToken ct) =>
        db.Enterprises.Include(e => e.RelatedSubjects).SingleOrDefaultAsync(e => e.Uscc == uscc, ct);

    public static Task<bool> HasListingFromEventAsync(CreditDbContext db, string sourceEventKey, CancellationToken ct) =>
        db.Listings.AnyAsync(l => l.SourceEventKey == sourceEventKey, ct);

    /// <summary>The enterprise's open (noticed or effective) listings: what a new notice must not duplicate.</summary>
    public static async Task<IReadOnlyList<Listing>> OpenListingsOfAsync(CreditDbContext db, string uscc, CancellationToken ct) =>
        await db.Listings.AsNoTracking()
            .Where(l => l.Uscc == uscc && (l.Status == ListingStatus.Noticed || l.Status == ListingStatus.Effective))
            .ToListAsync(ct);

    /// <summary>All listings of one enterprise, oldest first (its file).</summary>
    public static async Task<IReadOnlyList<Listing>> ListingsOfAsync(CreditDbContext db, string uscc, CancellationToken ct)
    {
        var listings = await WithDetails(db).Where(l => l.Uscc == uscc).ToListAsync(ct);
        return listings.OrderBy(l => l.NoticedAt).ToList();
    }

    /// <summary>
    /// The enterprise's standing (issue 4, Check): its file, the files related to it, and the
    /// listings that matter — its own notices and effective listings, effective listings of related codes.
    /// </summary>
    public static async Task<(Enterprise? File, CreditStatus Status)> StatusAsync(
        CreditDbContext db, UnifiedSocialCreditCode code, DateTimeOffset now, CancellationToken ct)
    {
        var uscc = code.Value;
        var file = await db.Enterprises.AsNoTracking().Include(e => e.RelatedSubjects).SingleOrDefaultAsync(e => e.Uscc == uscc, ct);

        // Files that currently control this enterprise.
        var related = await db.Enterprises.AsNoTracking().Include(e => e.RelatedSubjects)
            .Where(e => e.RelatedSubjects.Any(r => r.Kind == RelationKind.ControlledCompany && r.EndedAt == null && r.CompanyUscc == uscc))
            .ToListAsync(ct);

        if (file is not null)
        {
            // Files with the same current legal representative.
            if (file.LegalRepresentative is { } person)
            {
                var idNumber = person.IdNumber;
                related.AddRange(await db.Enterprises.AsNoTracking().Include(e => e.RelatedSubjects)
                    .Where(e => e.Uscc != uscc && e.RelatedSubjects.Any(r =>
                        r.Kind == RelationKind.LegalRepresentative && r.EndedAt == null && r.Person!.IdNumber == idNumber))
                    .ToListAsync(ct));
            }
        }

        var relatedCodes = related.Select(e => e.Uscc).Concat(file?.ControlledCompanies ?? []).Where(c => c != uscc).Distinct().ToList();
        var own = await WithDetails(db).AsNoTracking()
            .Where(l => l.Uscc == uscc && (l.Status == ListingStatus.Effective || l.Status == ListingStatus.Noticed))
            .ToListAsync(ct);
        var others = relatedCodes.Count == 0
            ? []
            : await WithDetails(db).AsNoTracking()
                .Where(l => relatedCodes.Contains(l.Uscc) && l.Status == ListingStatus.Effective)
                .ToListAsync(ct);

        return (file, CreditStatus.Of(code, file, related, own.Concat(others), now));
    }

    /// <summary>Ids of notices whose objection period ended at or before <paramref name="now"/> with no objection.</summary>
    public static async Task<IReadOnlyList<Guid>> NoticesDueAsync(CreditDbContext db, DateTimeOffset now, int batch, CancellationToken ct)
    {
        // Most passes find no open notice at all: the cheap probe answers those (RowExistence says why).
        if (!await db.HasRowsAsync<Listing>(ct, ColumnCondition.EqualTo(nameof(Listing.Status), ListingStatus.Noticed)))
        {
            return [];
        }

        return await db.Listings.AsNoTracking()
            .Where(l => l.Status == ListingStatus.Noticed && l.ObjectionPeriodEndsAt <= now && l.Objection == null)
            .OrderBy(l => l.ObjectionPeriodEndsAt)
            .Select(l => l.Id)
            .Take(batch)
            .ToListAsync(ct);
    }

    /// <summary>Ids of effective listings whose listing period ended at or before <paramref name="now"/> (the period-end job's work).</summary>
    public static async Task<IReadOnlyList<Guid>> PeriodsEndedAsync(CreditDbContext db, DateTimeOffset now, int batch, CancellationToken ct)
    {
        // Still effective but no longer barring land: exactly the listings whose period is over.
        var inForce = Listing.BarringLandAt(now);
        var notInForce = Expression.Lambda<Func<Listing, bool>>(Expression.Not(inForce.Body), inForce.Parameters);
        return await db.Listings.AsNoTracking()
            .Where(l => l.Status == ListingStatus.Effective)
            .Where(notInForce)
            .OrderBy(l => l.PeriodEndsAt)
            .Select(l => l.Id)
            .Take(batch)
            .ToListAsync(ct);
    }

    private static IQueryable<Listing> WithDetails(CreditDbContext db) =>
        db.Listings.Include(l => l.History).Include(l => l.Objection).AsSplitQuery();
}
