using LandPlatform.Auditing;
using LandPlatform.Contracts.Consumers;
using LandPlatform.Contracts.Infrastructure;
using LandPlatform.Contracts.Infrastructure.Migrations;
using LandPlatform.Contracts.Policies;
using LandPlatform.Contracts.Scheduling;
using LandPlatform.Documents;
using LandPlatform.IntegrationContracts.Credit;
using LandPlatform.Messaging;
using LandPlatform.Persistence;
using LandPlatform.ServiceDefaults.Security;

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

        // "_grpc.credit": the credit service's grpc endpoint through service discovery (services:credit:grpc:0),
        // as admission asks it; plain http:// because the endpoint is h2c.
        builder.Services.AddGrpcClient<CreditCheck.CreditCheckClient>(o => o.Address = new Uri("http://_grpc.credit"))
            .AddServiceIdentity();
        builder.Services.AddScoped<CreditOffice>();

        builder.Services.AddDocumentPrinting(builder.Configuration);

        builder.Services.AddOptions<DailyJobOptions>().Bind(builder.Configuration.GetSection(DailyJobOptions.SectionName));
        builder.Services.AddSingleton<DailyJob>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<DailyJob>());
    }
}
