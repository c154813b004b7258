namespace LandPlatform.ServiceDefaults.Security;

/// <summary>Values of the <c>service</c> claim: the processes that may hold a service identity.</summary>
public static class ServiceIdentities
{
    public const string Admission = "admission";
    public const string Pricing = "pricing";
    public const string Contracts = "contracts";
    public const string Monitoring = "monitoring";
    public const string Credit = "credit";
    public const string Gateway = "gateway";

    public static readonly IReadOnlyList<string> All = [Admission, Pricing, Contracts, Monitoring, Credit, Gateway];

    public static string Subject(string service) => PlatformClaims.ServiceSubjectPrefix + service;
}
