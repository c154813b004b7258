using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LandPlatform.Auditing;

/// <summary>The audit table of this service's DbContext, for the read API and for records written alone.</summary>
internal sealed class AuditStore(IServiceProvider services, IServiceScopeFactory scopes, AuditContextType contextType)
{
    public IQueryable<AuditRecord> Records => contextType.Resolve(services).Set<AuditRecord>().AsNoTracking();

    public DbContext Context => contextType.Resolve(services);

    /// <summary>
    /// Saves one record in a fresh DbContext: whatever the request's own context still tracks
    /// (a half-done change that failed) must never ride along with it.
    /// </summary>
    public async Task WriteAloneAsync(AuditRecord record, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = contextType.Resolve(scope.ServiceProvider);
        db.Add(record);
        await db.SaveChangesAsync(ct);
    }
}
