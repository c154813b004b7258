namespace LandPlatform.Admission.Domain.Packs;

/// <summary>Who convenes the joint review meeting and which bureaus must each give an opinion.</summary>
public sealed record JointReviewRules(string Convener, IReadOnlyList<ReviewBureau> Bureaus, string Clause)
{
    public ReviewBureau? Find(string? code) => Bureaus.FirstOrDefault(b => b.Code == code?.Trim());
}

public sealed record ReviewBureau(string Code, string Name);
