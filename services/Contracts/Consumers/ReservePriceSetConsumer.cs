using LandPlatform.Contracts.Domain;
using LandPlatform.Contracts.Infrastructure;
using LandPlatform.IntegrationContracts.Events;
using LandPlatform.Messaging.Inbox;
using MassTransit;

namespace LandPlatform.Contracts.Consumers;

/// <summary>Keeps pricing's reserve prices locally (never pricing's database): a supply may not close below one.</summary>
internal sealed class ReservePriceSetConsumer(ContractsDbContext db, ILogger<ReservePriceSetConsumer> logger)
    : IdempotentConsumer<ReservePriceSet, ContractsDbContext>(db, logger)
{
    protected override async Task HandleAsync(ReservePriceSet message, ContractsDbContext db, ConsumeContext<ReservePriceSet> context)
    {
        if (await db.ReservePrices.FindAsync([message.ApplicationId], context.CancellationToken) is { } known)
        {
            known.Update(message.ParcelCode, message.QuoteId, message.PolicyPackId, message.TotalReservePrice, message.UnitPrice, message.UnitBasis, message.OccurredAt);
            return;
        }

        db.ReservePrices.Add(new ReservePrice(message.ApplicationId, message.ParcelCode, message.QuoteId, message.PolicyPackId,
            message.TotalReservePrice, message.UnitPrice, message.UnitBasis, message.OccurredAt));
    }

    protected override (string Type, string Id)? AuditedResource(ReservePriceSet message) => ("reserve-price", message.ApplicationId.ToString());
}
