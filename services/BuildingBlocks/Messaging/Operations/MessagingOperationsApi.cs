using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace LandPlatform.Messaging.Operations;

/// <summary>
/// <c>/operations/messages</c>: where an operator sees this service's failed messages and sends them again
/// (ARCHITECTURE.md: operators "replay failed messages"). Parked outbox rows are events this service could not
/// publish; <c>_error</c> queues hold events its consumers could not apply after their retries.
/// </summary>
public static class MessagingOperationsApi
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;
    public const int DefaultReplayMax = 100;
    public const int MaxReplayMax = 1000;

    /// <summary>See <c>MapMessagingOperations</c>.</summary>
    internal static RouteGroupBuilder Map(IEndpointRouteBuilder app, Action<RouteGroupBuilder, string> requirePermission)
    {
        ArgumentNullException.ThrowIfNull(requirePermission);
        var group = app.MapGroup("/operations/messages").WithTags("Operations");

        var read = group.MapGroup(string.Empty);
        read.MapGet("/outbox", ListOutbox);
        read.MapGet("/error-queues", ListErrorQueues);
        requirePermission(read, MessagingOperationsPermissions.Read);

        var replay = group.MapGroup(string.Empty);
        replay.MapPost("/outbox/{id:long}/release", Release);
        replay.MapPost("/error-queues/{queue}/replay", Replay);
        requirePermission(replay, MessagingOperationsPermissions.Replay);

        ((IEndpointConventionBuilder)group).Finally(RequireAuthorization);
        return group;
    }

    private static void RequireAuthorization(EndpointBuilder endpoint)
    {
        var authorized = endpoint.Metadata.Any(m => m is IAuthorizeData or AuthorizationPolicy);
        if (!authorized || endpoint.Metadata.Any(m => m is IAllowAnonymous))
        {
            throw new InvalidOperationException(
                $"{endpoint.DisplayName}: the operations API must require a permission; pass RequirePermission to MapMessagingOperations.");
        }
    }

    private static async Task<Results<Ok<OutboxPage>, ValidationProblem>> ListOutbox(
        string? state, int? page, int? pageSize, IOutboxOperations outbox, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        OutboxState? parsedState = null;
        if (state is { Length: > 0 })
        {
            if (Enum.TryParse<OutboxState>(state, ignoreCase: true, out var s) && !int.TryParse(state, out _))
            {
                parsedState = s;
            }
            else
            {
                errors["state"] = ["state is parked or pending (or absent for both)."];
            }
        }

        if (page < 1)
        {
            errors["page"] = ["page starts at 1."];
        }

        if (pageSize is < 1 or > MaxPageSize)
        {
            errors["pageSize"] = [$"pageSize is between 1 and {MaxPageSize}."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        return TypedResults.Ok(await outbox.ListAsync(parsedState, page ?? 1, pageSize ?? DefaultPageSize, ct));
    }

    private static async Task<Results<Ok<OutboxRelease>, ProblemHttpResult>> Release(
        long id, IOutboxOperations outbox, CancellationToken ct)
    {
        var result = await outbox.ReleaseAsync(id, ct);
        return result.Status switch
        {
            OutboxReleaseStatus.Released => TypedResults.Ok(result.Released),
            OutboxReleaseStatus.NotParked => TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict,
                title: "The outbox message is not parked",
                detail: result.Row?.SentAt is not null
                    ? $"Outbox message {id} was delivered; there is nothing to release."
                    : $"Outbox message {id} is still being retried by the dispatcher (attempt {result.Row?.Attempts}); only parked messages can be released."),
            _ => TypedResults.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: "No such outbox message",
                detail: $"This service's outbox has no message {id}."),
        };
    }

    private static async Task<Results<Ok<IReadOnlyList<ErrorQueueInfo>>, ProblemHttpResult>> ListErrorQueues(
        IErrorQueueOperations errorQueues, CancellationToken ct)
    {
        try
        {
            return TypedResults.Ok(await errorQueues.ListAsync(ct));
        }
        catch (OperationsBrokerUnavailableException e)
        {
            return BrokerUnavailable(e);
        }
    }

    private static async Task<Results<Ok<ErrorQueueReplay>, ValidationProblem, ProblemHttpResult>> Replay(
        string queue, int? max, IErrorQueueOperations errorQueues, CancellationToken ct)
    {
        // Either name is accepted: the listing shows both, and the error queue is what the operator looks at.
        var target = queue.EndsWith(ServiceQueues.ErrorSuffix, StringComparison.Ordinal) ? queue[..^ServiceQueues.ErrorSuffix.Length] : queue;
        var errors = new Dictionary<string, string[]>();
        if (!errorQueues.Queues.Contains(target))
        {
            errors["queue"] = [$"'{queue}' is not a queue of this service; its queues are: {string.Join(", ", errorQueues.Queues)}."];
        }

        if (max is < 1 or > MaxReplayMax)
        {
            errors["max"] = [$"max is between 1 and {MaxReplayMax}."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        try
        {
            return TypedResults.Ok(await errorQueues.ReplayAsync(target, max ?? DefaultReplayMax, ct));
        }
        catch (OperationsBrokerUnavailableException e)
        {
            return BrokerUnavailable(e);
        }
    }

    private static ProblemHttpResult BrokerUnavailable(OperationsBrokerUnavailableException e) => TypedResults.Problem(
        statusCode: StatusCodes.Status503ServiceUnavailable,
        title: "The message broker is unavailable",
        detail: e.Message);
}
