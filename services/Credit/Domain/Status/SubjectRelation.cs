namespace LandPlatform.Credit.Domain;

/// <summary>How a listed subject is related to the enterprise being checked.</summary>
public enum SubjectRelation
{
    /// <summary>Both enterprises currently have the same legal representative.</summary>
    SameLegalRepresentative,

    /// <summary>The checked enterprise controls the listed one.</summary>
    ControlledByTheEnterprise,

    /// <summary>The listed enterprise controls the checked one (a barred company applying through a new one).</summary>
    ControlsTheEnterprise,
}
