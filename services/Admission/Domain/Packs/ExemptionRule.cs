namespace LandPlatform.Admission.Domain.Packs;

/// <summary>
/// Which failed thresholds a recorded district-government decision may waive, for which kinds of project
/// (Shijingshan 三（三）: national key high-tech projects and technology-transfer projects may skip the output test).
/// </summary>
public sealed record ExemptionRule(IReadOnlyList<string> Groups, IReadOnlyList<string> ProjectKinds, string Clause);

/// <summary>The project kinds an exemption names.</summary>
public static class ProjectKinds
{
    /// <summary>重点培育的国家级高精尖产业项目.</summary>
    public const string NationalKeyHighTech = "NationalKeyHighTech";

    /// <summary>科技成果转化项目.</summary>
    public const string TechnologyTransfer = "TechnologyTransfer";

    public static bool IsKnown(string? kind) => kind is NationalKeyHighTech or TechnologyTransfer;
}
