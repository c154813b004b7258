using LandPlatform.Auditing;
using LandPlatform.Messaging;
using LandPlatform.Monitoring.Infrastructure;
using LandPlatform.Monitoring.Infrastructure.Migrations;
using LandPlatform.Monitoring.IntegrationEvents;
using LandPlatform.Persistence;

namespace LandPlatform.Monitoring.Extensions;

internal static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<MonitoringDbContext, SqliteMonitoringDbContext, PostgresMonitoringDbContext>("monitoring");
        builder.AddAuditTrail<MonitoringDbContext>();
        builder.AddEventBus<MonitoringDbContext>(bus => bus.AddConsumer<ApplicationSubmittedHandler>());
    }
}
