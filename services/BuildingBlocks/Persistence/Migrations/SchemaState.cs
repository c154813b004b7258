using Microsoft.EntityFrameworkCore;

namespace LandPlatform.Persistence;

/// <summary>Whether start-up has brought the database to the schema the code expects; readiness waits for it.</summary>
public sealed class SchemaState<TContext>
    where TContext : DbContext
{
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool IsReady => _ready.Task.IsCompletedSuccessfully;

    public string? Failure { get; private set; }

    public Task WhenReady => _ready.Task;

    internal void MarkReady() => _ready.TrySetResult();

    internal void MarkFailed(Exception error)
    {
        Failure = error.Message;
        _ready.TrySetException(error);
    }
}
