namespace LandPlatform.AppHost.Restarts;

/// <summary>Marks a resource the <see cref="RestartSupervisor"/> starts again when it crashes.</summary>
public sealed class RestartOnCrashAnnotation : IResourceAnnotation;
