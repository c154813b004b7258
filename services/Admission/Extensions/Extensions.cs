using LandPlatform.Admission.Infrastructure;
using LandPlatform.Grpc.Clients;
using LandPlatform.Messaging;
using LandPlatform.Persistence;
using LandPlatform.ServiceDefaults.Discovery;

namespace LandPlatform.Admission.Extensions;

internal static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<AdmissionDbContext>("admission");
        builder.AddEventBus<AdmissionDbContext>();
        builder.Services.AddGrpcServiceClient<CreditCheckClient>("credit");
        builder.Services.AddScoped<CreditOffice>();
    }
}
