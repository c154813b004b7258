namespace LandPlatform.Contracts.Domain.Deadlines;

/// <summary>A dated promise of the contract whose lateness costs a penalty (Xihu 附件3 五（一）).</summary>
public enum Milestone
{
    /// <summary>开工: the construction permit taken and foundations begun (附件3 三（二）).</summary>
    Start,

    /// <summary>竣工: planning verification passed (《建设工程规划核实确认书》, 附件3 三（二）).</summary>
    Completion,
}
