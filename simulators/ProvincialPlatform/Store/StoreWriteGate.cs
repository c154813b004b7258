namespace LandPlatform.ProvincialPlatform.Store;

/// <summary>
/// One writer of the simulator's SQLite file at a time. Requests arrive in parallel (a district sends eight at once);
/// SQLite takes one writer, and Microsoft.Data.Sqlite answered each collision by sleeping 150 ms, so the simulator's
/// own rate was set by those sleeps, and a request that kept losing the race on a loaded machine failed with
/// "database is locked" after its command timeout.
/// </summary>
public sealed class StoreWriteGate : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Saves the store's changes as the file's only writer.</summary>
    public async Task SaveAsync(RecordStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        await _gate.WaitAsync(CancellationToken.None);
        try
        {
            await store.SaveChangesAsync(CancellationToken.None);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
