using LandPlatform.Auditing;
using LandPlatform.Contracts.Infrastructure;
using LandPlatform.Contracts.Infrastructure.Migrations;
using LandPlatform.Messaging;
using LandPlatform.Persistence;

namespace LandPlatform.Contracts.Extensions;

internal static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<ContractsDbContext, SqliteContractsDbContext, PostgresContractsDbContext>("contracts");
        builder.AddAuditTrail<ContractsDbContext>();
        builder.AddEventBus<ContractsDbContext>();
    }
}
