using LandPlatform.AppHost.Hosting.Resources;

namespace LandPlatform.AppHost.Hosting.Orchestration;

/// <summary>A resource's state at one moment: what the status table prints and tests assert on.</summary>
public sealed record ResourceSnapshot(
    string Name, ResourceState State, int? ProcessId, int Restarts, IReadOnlyList<string> Urls, string? FailureReason);
