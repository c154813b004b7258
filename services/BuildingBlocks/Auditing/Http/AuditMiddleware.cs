using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace LandPlatform.Auditing.Http;

/// <summary>
/// Every state-changing request ends with exactly one outcome in the trail. A write the endpoint
/// recorded itself (committed with the change) is left alone; anything else — a rejection, a
/// denial, a failure, or a write whose endpoint did not record — is recorded here, after the
/// response, in its own small SaveChanges.
/// </summary>
internal sealed partial class AuditMiddleware(RequestDelegate next, ILogger<AuditMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context, AuditTrail trail, AuditStore store)
    {
        if (!IsStateChanging(context.Request.Method))
        {
            await next(context);
            return;
        }

        // Captured now: the request's activity is the one the trace id must name.
        var traceId = AuditTrail.CurrentTraceId();
        try
        {
            await next(context);
        }
        catch (Exception)
        {
            await RecordAsync(context, trail, store, traceId, StatusCodes.Status500InternalServerError);
            throw;
        }

        await RecordAsync(context, trail, store, traceId, context.Response.StatusCode);
    }

    private async Task RecordAsync(HttpContext context, AuditTrail trail, AuditStore store, string? traceId, int status)
    {
        if (trail.HasCommitted)
        {
            return;
        }

        var route = RequestRoute.Of(context);
        if (trail.HasUncommitted && status < 400)
        {
            LogRecordedNotSaved(logger, route.Operation);
        }

        var entry = new AuditEntry(route.Operation, route.ResourceType, route.ResourceId, Outcome: AuditOutcome.FromStatus(status));
        try
        {
            // Not the request's token: a client that hangs up does not get to skip the audit.
            await store.WriteAloneAsync(AuditRecord.Draft(AuditActor.From(context.User), entry, traceId, "http"), CancellationToken.None);
        }
        catch (Exception ex)
        {
            LogAuditWriteFailed(logger, route.Operation, entry.Outcome, ex);
        }
    }

    private static bool IsStateChanging(string method) =>
        HttpMethods.IsPost(method) || HttpMethods.IsPut(method) || HttpMethods.IsPatch(method) || HttpMethods.IsDelete(method);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Operation} recorded an audit entry but did not commit it; the middleware recorded the request instead")]
    private static partial void LogRecordedNotSaved(ILogger logger, string operation);

    [LoggerMessage(Level = LogLevel.Critical, Message = "The audit record of {Operation} ({Outcome}) could not be written")]
    private static partial void LogAuditWriteFailed(ILogger logger, string operation, string outcome, Exception error);
}
