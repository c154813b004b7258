using LandPlatform.Auditing;
using LandPlatform.CreditChecks;
using LandPlatform.Documents;
using System.Text.Json.Serialization;
using LandPlatform.Admission.Api;
using LandPlatform.Admission.Infrastructure;
using LandPlatform.Admission.IntegrationEvents;
using LandPlatform.Admission.Infrastructure.Migrations;
using LandPlatform.Admission.Policies;
using LandPlatform.IntegrationContracts.Credit;
using LandPlatform.Messaging;
using LandPlatform.Persistence;
using LandPlatform.ServiceDefaults.ServiceCalls;
using LandPlatform.ServiceDefaults.Security;

namespace LandPlatform.Admission.Extensions;

internal static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<AdmissionDbContext, SqliteAdmissionDbContext, PostgresAdmissionDbContext>("admission");
        builder.AddAuditTrail<AdmissionDbContext>();
        builder.AddEventBus<AdmissionDbContext>(bus =>
        {
            bus.AddConsumer<EnterpriseBlacklistedHandler>();
            bus.AddConsumer<EnterpriseDelistedHandler>();
        });
        // "_grpc.credit" is the credit service's endpoint named grpc: service discovery (added to every
        // HttpClient by the service defaults) reads it from services:credit:grpc:0, the key the AppHost
        // injects. Plain http:// because the endpoint is h2c and Grpc.Net.Client cannot resolve the
        // "https+http://" scheme.
        builder.Services.AddPlatformGrpcClient<CreditCheck.CreditCheckClient>("credit");
        builder.Services.AddScoped<CreditOffice>();
        // Admission's part of every policy pack, checked once at start-up (a bad pack stops the service).
        builder.Services.AddSingleton(AdmissionPackCatalog.LoadEmbedded());
        builder.Services.AddScoped<ReviewApi.Review>();
        builder.Services.AddDocumentPrinting(builder.Configuration);
        // Verdicts, outcomes and states read as words in every answer, as the clerks' documents write them.
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        // Ready only once the credit office has been asked once (see CreditOfficeWarmUp for why).
        builder.Services.AddSingleton<CreditOfficeWarmUp>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<CreditOfficeWarmUp>());
        builder.Services.AddHealthChecks().AddCheck<CreditOfficeWarmUp>("credit-office-warm-up");
    }
}
