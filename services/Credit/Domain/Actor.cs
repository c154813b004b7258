namespace LandPlatform.Credit.Domain;

/// <summary>Who did something: a clerk, an enterprise's user, or the service itself (ids from the identity provider).</summary>
public sealed record Actor
{
    public Actor(string id, string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Id = id.Trim();
        Name = name.Trim();
    }

    public string Id { get; private init; }

    public string Name { get; private init; }

    /// <summary>The service acting on its own: the objection-period job and the event consumer.</summary>
    public static Actor CreditService { get; } = new("system:credit", "信用管理服务（自动）");
}
