namespace LandPlatform.Contracts.Domain;

/// <summary>Who took a step: the person's id from the identity provider and the name they go by, or a service.</summary>
public sealed record Actor(string Id, string Name)
{
    public static Actor ContractsService { get; } = new("service:contracts", "合同履约监管服务 (daily job)");

    public static Actor FromService(string service) => new($"service:{service}", service);
}
