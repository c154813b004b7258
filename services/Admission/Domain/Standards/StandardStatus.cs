namespace LandPlatform.Admission.Domain.Standards;

public enum StandardStatus
{
    /// <summary>Being drafted by the development bureau; may still change.</summary>
    Draft,

    /// <summary>Approved by the district government: frozen, accepts applications.</summary>
    Approved,

    /// <summary>A later version was approved; applications already judged by this one keep it.</summary>
    Superseded,
}
