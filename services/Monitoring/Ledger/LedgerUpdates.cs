using LandPlatform.IntegrationContracts.Events;
using LandPlatform.Messaging.Outbox;
using LandPlatform.Monitoring.Domain;
using LandPlatform.Monitoring.Domain.Ledger;
using LandPlatform.Monitoring.Domain.Reports;
using LandPlatform.Monitoring.Infrastructure;
using LandPlatform.Monitoring.Policies;
using LandPlatform.SeedWork;

namespace LandPlatform.Monitoring.Ledger;

/// <summary>
/// Keeps the ledger in step with confirmed figures: when a parcel's annual report is confirmed, its tax per mu is
/// judged against the pack's inefficiency line (Shilong 6 万元/亩); below → inefficient, at or above → off the list.
/// Staged in the caller's unit of work, saved with the confirmation.
/// </summary>
public sealed class LedgerUpdates(MonitoringDbContext db, MonitoringPolicyCatalog policies, TimeProvider clock)
{
    public async Task AfterConfirmationAsync(IndicatorReport report, CancellationToken ct)
    {
        if (!report.Period.IsAnnual || report.Confirmed is not { } confirmed
            || await db.Contracts.FindAsync([report.ContractId], ct) is not { LandAreaM2: > 0 } contract)
        {
            return;
        }

        var policy = policies.Resolve(contract.PolicyPackId, contract.SignedOn);
        if (Inefficiency.Judge(policy, confirmed.Figures, contract.LandAreaM2.Value) is not { } judged)
        {
            return;
        }

        var entry = await db.Ledger.FindAsync([contract.ParcelCode], ct);
        var today = ChinaTime.DateOf(clock.GetUtcNow());
        if (judged.Inefficient)
        {
            if (entry is null)
            {
                entry = LedgerEntry.Open(contract.ParcelCode, contract.Uscc, contract.EnterpriseName, contract.PolicyPackId, contract.LandAreaM2);
                db.Ledger.Add(entry);
            }

            entry.Attach(contract.ContractId, contract.LandAreaM2, null, contract.PolicyPackId);
            // Idle outranks inefficient: a parcel not yet built is handled under the idle-land rules.
            if (entry.Category != LedgerCategory.Idle)
            {
                Move(entry, contract.ContractId, LedgerCategory.Inefficient, today, $"report {report.Id} {report.Period} v{confirmed.Number}", judged.Workings);
            }
        }
        else if (entry is { Category: LedgerCategory.Inefficient })
        {
            Move(entry, contract.ContractId, LedgerCategory.Cleared, today, $"report {report.Id} {report.Period} v{confirmed.Number}", judged.Workings);
        }
    }

    /// <summary>A move that changed the ledger is published with it (same SaveChanges), for reporting to tell the province.</summary>
    private void Move(LedgerEntry entry, Guid contractId, LedgerCategory category, DateOnly on, string source, string workings)
    {
        if (entry.MoveTo(category, on, source, workings))
        {
            db.AddIntegrationEvent(new LandLedgerChanged(contractId, entry.Uscc, entry.ParcelCode, category.ToString(), on, source, workings));
        }
    }
}
