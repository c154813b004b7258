using LandPlatform.Reporting.Domain;

namespace LandPlatform.Reporting.Delivery;

/// <summary>
/// One parcel's records go up in the order their facts happened (the province rebuilds a parcel's life from them).
/// The same rule chooses what is due and re-checks a chosen record just before it is sent.
/// </summary>
internal static class ParcelQueue
{
    /// <summary>
    /// The records that are the head of their parcel's queue: no record of the same parcel that happened earlier (or
    /// at the same moment and arrived first) is still waiting, rejected or parked.
    /// </summary>
    public static IQueryable<UpwardRecord> HeadsOfTheirParcels(this IQueryable<UpwardRecord> candidates, IQueryable<UpwardRecord> ledger) =>
        candidates.Where(r => !ledger.Any(o => o.ParcelCode == r.ParcelCode && o.State != DeliveryState.Delivered
            && (o.FactOccurredAt < r.FactOccurredAt || (o.FactOccurredAt == r.FactOccurredAt && o.Id < r.Id))));
}
