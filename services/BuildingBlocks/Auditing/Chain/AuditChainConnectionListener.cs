using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace LandPlatform.Auditing.Chain;

/// <summary>
/// Safety net: a transaction cannot outlive its connection, so when the context's connection
/// closes or is disposed (a caller's transaction disposed uncommitted, the DbContext disposed)
/// any chain lock the context still holds is released.
/// </summary>
internal sealed class AuditChainConnectionListener(AuditChainLocks locks) : DbConnectionInterceptor
{
    public override void ConnectionClosed(DbConnection connection, ConnectionEndEventData eventData) =>
        locks.Release(eventData.Context, committed: false);

    public override Task ConnectionClosedAsync(DbConnection connection, ConnectionEndEventData eventData)
    {
        locks.Release(eventData.Context, committed: false);
        return Task.CompletedTask;
    }

    public override void ConnectionDisposed(DbConnection connection, ConnectionEndEventData eventData) =>
        locks.Release(eventData.Context, committed: false);

    public override Task ConnectionDisposedAsync(DbConnection connection, ConnectionEndEventData eventData)
    {
        locks.Release(eventData.Context, committed: false);
        return Task.CompletedTask;
    }
}
