using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace LandPlatform.Auditing.Chain;

/// <summary>Releases the chain lock when the caller's transaction that carries audit records ends.</summary>
internal sealed class AuditChainTransactionListener(AuditChainLocks locks) : DbTransactionInterceptor
{
    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
        locks.Release(eventData.Context, committed: true);

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        locks.Release(eventData.Context, committed: true);
        return Task.CompletedTask;
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) =>
        locks.Release(eventData.Context, committed: false);

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        locks.Release(eventData.Context, committed: false);
        return Task.CompletedTask;
    }

    public override void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) =>
        locks.Release(eventData.Context, committed: false);

    public override Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        locks.Release(eventData.Context, committed: false);
        return Task.CompletedTask;
    }
}
