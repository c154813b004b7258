using LandPlatform.Auditing;
using LandPlatform.Admission.Infrastructure;
using LandPlatform.Admission.Infrastructure.Migrations;
using LandPlatform.Grpc.Clients;
using LandPlatform.Messaging;
using LandPlatform.Persistence;
using LandPlatform.ServiceDefaults.Discovery;
using LandPlatform.ServiceDefaults.Security;

namespace LandPlatform.Admission.Extensions;

internal static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<AdmissionDbContext, SqliteAdmissionDbContext, PostgresAdmissionDbContext>("admission");
        builder.AddAuditTrail<AdmissionDbContext>();
        builder.AddEventBus<AdmissionDbContext>();
        builder.Services.AddGrpcServiceClient<CreditCheckClient>("credit").AddServiceIdentity();
        builder.Services.AddScoped<CreditOffice>();
    }
}
