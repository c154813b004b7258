namespace LandPlatform.Credit.Domain;

/// <summary>The related subjects an enterprise's file records (RULES.md §0 一主体一档案).</summary>
public enum RelationKind
{
    /// <summary>法定代表人: a person.</summary>
    LegalRepresentative,

    /// <summary>控制的企业: another enterprise this one controls (by its code).</summary>
    ControlledCompany,
}
