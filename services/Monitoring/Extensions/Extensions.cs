using LandPlatform.Documents;
using System.Text.Json.Serialization;
using LandPlatform.Auditing;
using LandPlatform.IntegrationContracts.Contracts;
using LandPlatform.Messaging;
using LandPlatform.Monitoring.Infrastructure;
using LandPlatform.Monitoring.Infrastructure.Migrations;
using LandPlatform.Monitoring.IntegrationEvents;
using LandPlatform.Monitoring.Ledger;
using LandPlatform.Monitoring.Policies;
using LandPlatform.Monitoring.Reports;
using LandPlatform.Monitoring.Supervision;
using LandPlatform.Persistence;
using LandPlatform.ServiceDefaults.Security;
using LandPlatform.ServiceDefaults.ServiceCalls;

namespace LandPlatform.Monitoring.Extensions;

internal static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<MonitoringDbContext, SqliteMonitoringDbContext, PostgresMonitoringDbContext>("monitoring");
        builder.AddAuditTrail<MonitoringDbContext>();
        builder.AddEventBus<MonitoringDbContext>(bus =>
        {
            bus.AddConsumer<ApplicationSubmittedHandler>();
            bus.AddConsumer<ApplicationApprovedConsumer>();
            bus.AddConsumer<LandSuppliedConsumer>();
            bus.AddConsumer<ContractSignedConsumer>();
            bus.AddConsumer<ConstructionStartedConsumer>();
            bus.AddConsumer<ConstructionCompletedConsumer>();
            bus.AddConsumer<IdleLandDetectedConsumer>();
            bus.AddConsumer<ContractTerminatedConsumer>();
            bus.AddConsumer<LeaseExitedConsumer>();
            bus.AddConsumer<LeaseConvertedToGrantConsumer>();
        });

        // Categories, outcomes and steps travel by name: a clerk's client reads "Idle", not 1.
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));

        // The packs are validated together at start-up: a bad pack stops the service, not an assessment.
        builder.Services.AddSingleton(_ => MonitoringPolicyCatalog.LoadEmbedded());
        builder.Services.AddScoped<ConfirmedReports>();
        builder.Services.AddScoped<LedgerUpdates>();

        // Contracts' commitments over gRPC, found by service discovery and called as the monitoring service.
        builder.Services.AddPlatformGrpcClient<ContractCommitments.ContractCommitmentsClient>("contracts");
        builder.Services.AddScoped<ContractsOffice>();
        builder.Services.AddDocumentPrinting(builder.Configuration);

        builder.Services.AddOptions<SupervisionJobOptions>().Bind(builder.Configuration.GetSection(SupervisionJobOptions.SectionName));
        builder.Services.AddSingleton<SupervisionRun>();
        builder.Services.AddHostedService<SupervisionJob>();
    }
}
