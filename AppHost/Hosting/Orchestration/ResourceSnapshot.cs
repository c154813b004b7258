using LandPlatform.AppHost.Hosting.Resources;

namespace LandPlatform.AppHost.Hosting.Orchestration;

/// <summary>A resource's state at one moment: what the status table prints and tests assert on.</summary>
/// <param name="StartedAt">When the current (or last) process was launched.</param>
/// <param name="FirstHealthyAt">When the resource first became healthy; dependents start after it.</param>
/// <param name="LastExitCode">0 after a graceful stop; 137 means it had to be killed.</param>
public sealed record ResourceSnapshot(
    string Name,
    ResourceState State,
    int? ProcessId,
    int Restarts,
    IReadOnlyList<string> Urls,
    string? FailureReason,
    DateTimeOffset? StartedAt,
    DateTimeOffset? FirstHealthyAt,
    int? LastExitCode);
