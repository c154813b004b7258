namespace LandPlatform.Messaging;

/// <summary>Per-service bus settings given to <c>AddEventBus</c>.</summary>
public sealed class EventBusOptions
{
    /// <summary>Connection string name; Aspire injects it as ConnectionStrings__bus.</summary>
    public string ConnectionStringName { get; set; } = "bus";

    /// <summary>
    /// Prefix of every queue this service declares (e.g. "credit" → "credit-enterprise-blacklisted"), so two
    /// services consuming the same event get separate queues and each gets its own copy. Defaults to the
    /// application name.
    /// </summary>
    public string? ServiceName { get; set; }

    /// <summary>Immediate in-process retries for transient faults before the message goes to &lt;queue&gt;_error.</summary>
    public int RetryLimit { get; set; } = 3;

    public TimeSpan RetryMinInterval { get; set; } = TimeSpan.FromMilliseconds(200);

    public TimeSpan RetryMaxInterval { get; set; } = TimeSpan.FromSeconds(5);

    public TimeSpan RetryIntervalDelta { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Name of the readiness health check that mirrors the bus's connection to the broker.</summary>
    public string HealthCheckName { get; set; } = "bus";
}
