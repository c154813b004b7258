namespace LandPlatform.AppHost.Hosting.Resources;

/// <summary>Life-cycle states shown in the status table and logs (the Aspire dashboard's vocabulary).</summary>
public enum ResourceState
{
    NotStarted,
    Waiting,
    Starting,
    Running,
    Healthy,
    Restarting,
    Stopping,
    Stopped,
    Failed,
}
