namespace LandPlatform.AppHost.Tests;

/// <summary>
/// Tests that start real processes run one at a time: on a 2-core machine, concurrent broker and
/// Kestrel start-ups make the health timings these tests assert on unreliable.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessTestCollection
{
    public const string Name = "real processes";
}
