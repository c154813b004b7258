using LandPlatform.Auditing;
using LandPlatform.Credit.Infrastructure;
using LandPlatform.Messaging;
using LandPlatform.Persistence;

namespace LandPlatform.Credit.Extensions;

internal static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<CreditDbContext>("credit");
        builder.AddAuditTrail<CreditDbContext>();
        builder.AddEventBus<CreditDbContext>();
    }
}
