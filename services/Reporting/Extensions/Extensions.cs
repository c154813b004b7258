using System.Text.Json.Serialization;
using LandPlatform.Auditing;
using LandPlatform.Messaging;
using LandPlatform.Persistence;
using LandPlatform.Reporting.Delivery;
using LandPlatform.Reporting.Domain;
using LandPlatform.Reporting.Infrastructure;
using LandPlatform.Reporting.Infrastructure.Migrations;
using LandPlatform.Reporting.IntegrationEvents;
using LandPlatform.Reporting.Records;
using Microsoft.Extensions.Options;

namespace LandPlatform.Reporting.Extensions;

internal static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<ReportingDbContext, SqliteReportingDbContext, PostgresReportingDbContext>("reporting");
        builder.AddAuditTrail<ReportingDbContext>();
        builder.AddEventBus<ReportingDbContext>(bus =>
        {
            bus.AddConsumer<LandSuppliedConsumer>();
            bus.AddConsumer<ContractSignedConsumer>();
            bus.AddConsumer<LandDeliveredConsumer>();
            bus.AddConsumer<ConstructionStartedConsumer>();
            bus.AddConsumer<ConstructionCompletedConsumer>();
            bus.AddConsumer<AssessmentPassedConsumer>();
            bus.AddConsumer<AssessmentFailedConsumer>();
            bus.AddConsumer<IdleLandDetectedConsumer>();
            bus.AddConsumer<ContractTerminatedConsumer>();
            bus.AddConsumer<LeaseConvertedToGrantConsumer>();
            bus.AddConsumer<LeaseExitedConsumer>();
            bus.AddConsumer<LandLedgerChangedConsumer>();
        });

        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));

        // A misconfigured endpoint or key stops the service at start, not at the first record.
        builder.Services.AddOptions<ProvincialOptions>().Bind(builder.Configuration.GetSection(ProvincialOptions.SectionName))
            .Validate(o => { o.Validate(); return true; }).ValidateOnStart();
        builder.Services.AddOptions<DeliveryPolicy>().Bind(builder.Configuration.GetSection(DeliveryPolicy.SectionName));
        builder.Services.AddSingleton(sp =>
        {
            var o = sp.GetRequiredService<IOptions<ProvincialOptions>>().Value;
            return new DistrictProfile(o.DistrictCode, o.DistrictName);
        });
        builder.Services.AddScoped<UpwardLedger>();

        // The ledger retries, with its own backoff and attempt count; the platform's standard HTTP resilience handler
        // (timeouts, circuit breaker) would hide attempts from it.
#pragma warning disable EXTEXP0001 // experimental, and the library's only way to opt one client out of the defaults
        builder.Services.AddHttpClient<ProvincialClient>().RemoveAllResilienceHandlers();
#pragma warning restore EXTEXP0001
        builder.Services.AddSingleton<ReportingTelemetry>();
        builder.Services.AddHostedService<DeliveryWorker>();
    }
}
