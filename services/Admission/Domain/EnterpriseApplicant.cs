namespace LandPlatform.Admission.Domain;

public sealed record EnterpriseApplicant(string Name, string Uscc);
