namespace LandPlatform.Contracts.Domain;

/// <summary>The performance deposit (履约保证金, Xihu 第八条 / 附件3 三（四）).</summary>
public enum DepositStatus
{
    /// <summary>None is due (lease-then-transfer, or a pack without one).</summary>
    NotRequired,
    Due,
    Held,
    Refunded,
    Forfeited,
}
