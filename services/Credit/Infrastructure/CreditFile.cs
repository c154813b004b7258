using LandPlatform.Credit.Domain;
using Microsoft.EntityFrameworkCore;

namespace LandPlatform.Credit.Infrastructure;

/// <summary>Reads an enterprise's file; REST and gRPC answer from the same query.</summary>
internal static class CreditFile
{
    public static async Task<IReadOnlyList<Listing>> EffectiveListings(CreditDbContext db, string uscc, CancellationToken ct)
    {
        var listings = await db.Listings.AsNoTracking().Where(l => l.Uscc == uscc).ToListAsync(ct);
        return listings.OrderBy(l => l.ListedAt).ToList();
    }
}
