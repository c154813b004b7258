using LandPlatform.Auditing;
using LandPlatform.Contracts.Consumers;
using LandPlatform.Contracts.Infrastructure;
using LandPlatform.Contracts.Infrastructure.Migrations;
using LandPlatform.Contracts.Policies;
using LandPlatform.Contracts.Scheduling;
using LandPlatform.CreditChecks;
using LandPlatform.Documents;
using LandPlatform.IntegrationContracts.Credit;
using LandPlatform.Messaging;
using LandPlatform.Persistence;
using LandPlatform.ServiceDefaults.Security;
using LandPlatform.ServiceDefaults.ServiceCalls;

namespace LandPlatform.Contracts.Extensions;

internal static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<ContractsDbContext, SqliteContractsDbContext, PostgresContractsDbContext>("contracts");
        builder.AddAuditTrail<ContractsDbContext>();
        builder.AddEventBus<ContractsDbContext>(bus =>
        {
            bus.AddConsumer<ApplicationApprovedConsumer>();
            bus.AddConsumer<ReservePriceSetConsumer>();
            bus.AddConsumer<AssessmentPassedConsumer>();
            bus.AddConsumer<AssessmentFailedConsumer>();
        });

        // The packs are validated together at start-up: a bad pack stops the service, not a contract.
        builder.Services.AddSingleton(_ => ContractsPolicyCatalog.LoadEmbedded());

        builder.Services.AddPlatformGrpcClient<CreditCheck.CreditCheckClient>("credit");
        builder.Services.AddScoped<CreditOffice>();

        builder.Services.AddDocumentPrinting(builder.Configuration);

        builder.Services.AddOptions<DailyJobOptions>().Bind(builder.Configuration.GetSection(DailyJobOptions.SectionName));
        builder.Services.AddSingleton<DailyJob>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<DailyJob>());
    }
}
