using LandPlatform.Auditing;
using LandPlatform.Pricing.Infrastructure;
using LandPlatform.Messaging;
using LandPlatform.Persistence;

namespace LandPlatform.Pricing.Extensions;

internal static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<PricingDbContext>("pricing");
        builder.AddAuditTrail<PricingDbContext>();
        builder.AddEventBus<PricingDbContext>();
    }
}
