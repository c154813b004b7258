namespace LandPlatform.Messaging.Benchmarks;

/// <summary>One way of getting a state change's event to a consumer's stored effect, set up for one round.</summary>
public interface IBenchPath : IAsyncDisposable
{
    /// <summary>The producer's unit of work for one message (returns once it is committed or published).</summary>
    Task ProduceAsync(Guid applicationId);

    /// <summary>Effects stored, and how many distinct messages they belong to (equal to N when nothing was lost or doubled).</summary>
    Task<(int Stored, int Distinct)> CountEffectsAsync();
}
