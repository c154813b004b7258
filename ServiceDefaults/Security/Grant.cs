namespace LandPlatform.ServiceDefaults.Security;

/// <summary>
/// One kind of caller a permission admits: staff of a bureau in some roles, enterprise users
/// (each only for its own code, which the service checks with <see cref="EnterpriseScope"/>),
/// auditors, or one named service.
/// </summary>
public sealed record Grant
{
    private Grant(string bureau, IReadOnlyList<string> roles, string? service)
    {
        Bureau = bureau;
        Roles = roles;
        Service = service;
    }

    public string Bureau { get; }

    /// <summary>For staff grants, the roles admitted; empty otherwise.</summary>
    public IReadOnlyList<string> Roles { get; }

    /// <summary>For service grants, the calling service admitted.</summary>
    public string? Service { get; }

    /// <summary>Staff of <paramref name="bureau"/> in <paramref name="roles"/> (every role when none are named).</summary>
    public static Grant Staff(string bureau, params string[] roles)
    {
        if (!Bureaus.IsStaff(bureau))
        {
            throw new ArgumentException($"'{bureau}' is not a staff bureau.", nameof(bureau));
        }

        if (roles.FirstOrDefault(r => !StaffRoles.All.Contains(r)) is { } unknown)
        {
            throw new ArgumentException($"'{unknown}' is not a staff role.", nameof(roles));
        }

        return new Grant(bureau, roles.Length == 0 ? StaffRoles.All : roles, null);
    }

    /// <summary>Enterprise users; the service must also check <see cref="EnterpriseScope"/> against the resource's code.</summary>
    public static Grant Enterprise { get; } = new(Bureaus.Enterprise, [], null);

    public static Grant Auditor { get; } = new(Bureaus.Auditor, [], null);

    /// <summary>The service identity of <paramref name="service"/>, never a person.</summary>
    public static Grant ServiceCaller(string service)
    {
        if (!ServiceIdentities.All.Contains(service))
        {
            throw new ArgumentException($"'{service}' is not a platform service.", nameof(service));
        }

        return new Grant(Bureaus.Service, [], service);
    }

    public bool Admits(CurrentActor actor) => Bureau switch
    {
        _ when actor.Bureau != Bureau => false,
        Bureaus.Service => actor.IsService && actor.Service == Service,
        Bureaus.Enterprise => actor.IsEnterprise,
        Bureaus.Auditor => actor.IsAuditor,
        _ => actor.Role is not null && Roles.Contains(actor.Role),
    };

    public override string ToString() => Bureau switch
    {
        Bureaus.Service => ServiceIdentities.Subject(Service!),
        Bureaus.Enterprise => "enterprise (own code)",
        Bureaus.Auditor => "auditor",
        _ => $"{Bureau} {string.Join('/', Roles)}",
    };
}
