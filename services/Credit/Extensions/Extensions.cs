using LandPlatform.Auditing;
using LandPlatform.Credit.Consumers;
using LandPlatform.Credit.Infrastructure;
using LandPlatform.Credit.Infrastructure.Migrations;
using LandPlatform.Credit.Policies;
using LandPlatform.Credit.Scheduling;
using LandPlatform.Messaging;
using LandPlatform.Persistence;

namespace LandPlatform.Credit.Extensions;

internal static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<CreditDbContext, SqliteCreditDbContext, PostgresCreditDbContext>("credit");
        builder.AddAuditTrail<CreditDbContext>();
        builder.AddEventBus<CreditDbContext>(bus =>
        {
            bus.AddConsumer<ContractTerminatedConsumer>();
            bus.AddConsumer<AssessmentFailedConsumer>();
            bus.AddConsumer<AnnualCheckFailedConsumer>();
            bus.AddConsumer<IdleLandDetectedConsumer>();
        });

        // The packs are validated together at start-up: a bad pack stops the service, not a notice.
        builder.Services.AddSingleton(_ => CreditPolicyCatalog.LoadEmbedded());
        builder.Services.AddScoped<NoticeFromEvents>();

        builder.Services.AddOptions<ObjectionPeriodJobOptions>().Bind(builder.Configuration.GetSection(ObjectionPeriodJobOptions.SectionName));
        builder.Services.AddHostedService<ObjectionPeriodJob>();
        builder.Services.AddOptions<ListingPeriodJobOptions>().Bind(builder.Configuration.GetSection(ListingPeriodJobOptions.SectionName));
        builder.Services.AddHostedService<ListingPeriodJob>();
    }
}
