using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LandPlatform.Auditing;

/// <summary>Which DbContext carries this service's audit trail (one per service).</summary>
internal sealed record AuditContextType(Type Type)
{
    public DbContext Resolve(IServiceProvider services) => (DbContext)services.GetRequiredService(Type);
}
