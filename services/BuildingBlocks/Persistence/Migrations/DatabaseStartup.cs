using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LandPlatform.Persistence;

/// <summary>
/// Prepares the service's database at start-up, before readiness (eShop's <c>MigrateDbContextAsync</c>, as a
/// hosted service): the host does not finish starting, and the database health check stays unhealthy, until
/// the schema is in place. A failure stops the service with the reason in the log and in the health report.
/// </summary>
internal sealed partial class DatabaseStartup<TContext>(
    IServiceScopeFactory scopes,
    SchemaState<TContext> state,
    ILogger<DatabaseStartup<TContext>> logger,
    Func<TContext, ILogger, CancellationToken, Task> prepare) : IHostedService
    where TContext : DbContext
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<TContext>();
            LogPreparing(logger, db.GetType().Name);
            await prepare(db, logger, cancellationToken);
            state.MarkReady();
        }
        catch (Exception ex)
        {
            state.MarkFailed(ex);
            LogFailed(logger, typeof(TContext).Name, ex);
            throw;
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Debug, Message = "Preparing the {Context} database")]
    private static partial void LogPreparing(ILogger logger, string context);

    [LoggerMessage(Level = LogLevel.Critical, Message = "The {Context} database could not be prepared")]
    private static partial void LogFailed(ILogger logger, string context, Exception error);
}
