using LandPlatform.Auditing;
using LandPlatform.Messaging;
using LandPlatform.Persistence;
using LandPlatform.Pricing.Api;
using LandPlatform.Pricing.Domain.Compensation;
using LandPlatform.Pricing.Domain.Deposits;
using LandPlatform.Pricing.Domain.LeaseThenTransfer;
using LandPlatform.Pricing.Domain.NationalMinimum;
using LandPlatform.Pricing.Domain.PolicyPacks;
using LandPlatform.Pricing.Domain.ReservePrices;
using LandPlatform.Pricing.Infrastructure;
using LandPlatform.Pricing.Infrastructure.Migrations;

namespace LandPlatform.Pricing.Extensions;

internal static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<PricingDbContext, SqlitePricingDbContext, PostgresPricingDbContext>("pricing");
        builder.AddAuditTrail<PricingDbContext>();
        builder.AddEventBus<PricingDbContext>();

        // Loaded (and validated) once at start-up: a broken pack file stops the service instead of
        // producing a wrong price later. The calculators are stateless over the catalog and the clock.
        builder.Services.AddSingleton(PolicyPackCatalog.LoadEmbedded());
        builder.Services.AddSingleton(sp => new NationalMinimumCheck(sp.GetRequiredService<PolicyPackCatalog>().Baseline));
        builder.Services.AddSingleton<ReservePriceCalculator>();
        builder.Services.AddSingleton<LeaseThenTransferCalculator>();
        builder.Services.AddSingleton<CompensationCalculator>();
        builder.Services.AddSingleton<PerformanceDepositCalculator>();
    }
}
