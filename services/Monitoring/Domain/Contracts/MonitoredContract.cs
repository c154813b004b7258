namespace LandPlatform.Monitoring.Domain.Contracts;

/// <summary>
/// What monitoring knows of a contract from contracts' events (signed, supplied, started, completed, and closed:
/// terminated, a lease exited or converted to a grant):
/// enough to refuse a report for an unknown contract, to group land-efficiency figures by park and to disclose the
/// supplied parcels. The commitments themselves come from contracts over gRPC when they are judged.
/// </summary>
public sealed class MonitoredContract
{
    private MonitoredContract()
    {
    }

    public Guid ContractId { get; private set; }

    public Guid? ApplicationId { get; private set; }

    public string Uscc { get; private set; } = string.Empty;

    public string? EnterpriseName { get; private set; }

    public string ParcelCode { get; private set; } = string.Empty;

    public string? PolicyPackId { get; private set; }

    public string? AdministrativeArea { get; private set; }

    public string? ProjectName { get; private set; }

    public decimal? LandPrice { get; private set; }

    public decimal? LandAreaM2 { get; private set; }

    public DateOnly SignedOn { get; private set; }

    public DateOnly? StartedOn { get; private set; }

    public DateOnly? CompletedOn { get; private set; }

    public DateOnly? AssessmentWindowOpensOn { get; private set; }

    public DateOnly? AssessmentWindowClosesOn { get; private set; }

    public DateOnly? TerminatedOn { get; private set; }

    public string? TerminationCause { get; private set; }

    /// <summary>The lessee left before the lease ended (LeaseExited, Beijing 三（五）/（七）).</summary>
    public DateOnly? ExitedOn { get; private set; }

    /// <summary>The lease became a grant (LeaseConvertedToGrant, Beijing 三（五）): the supervision contract is fulfilled.</summary>
    public DateOnly? ConvertedToGrantOn { get; private set; }

    /// <summary>The day the contract closed — terminated, exited or converted, the earliest if ever more than one — or null while it is open.</summary>
    public DateOnly? ClosedOn => new[] { TerminatedOn, ExitedOn, ConvertedToGrantOn }.Where(d => d is not null).Min();

    public static MonitoredContract Signed(Guid contractId, Guid applicationId, string uscc, string parcelCode, DateOnly signedOn) => new()
    {
        ContractId = contractId,
        ApplicationId = applicationId,
        Uscc = uscc,
        ParcelCode = parcelCode,
        SignedOn = signedOn,
    };

    /// <summary>The supply record's fields (LandSupplied), matched by application.</summary>
    public void Supplied(LandSupply supply) =>
        Supplied(supply.EnterpriseName, supply.PolicyPackId, supply.AdministrativeArea, supply.ProjectName, supply.LandAreaM2, supply.TransactionPrice);

    public void Supplied(string? enterpriseName, string? packId, string? administrativeArea, string? projectName, decimal? landAreaM2, decimal? landPrice)
    {
        LandPrice = landPrice ?? LandPrice;
        EnterpriseName = enterpriseName ?? EnterpriseName;
        PolicyPackId = packId ?? PolicyPackId;
        AdministrativeArea = administrativeArea ?? AdministrativeArea;
        ProjectName = projectName ?? ProjectName;
        LandAreaM2 = landAreaM2 ?? LandAreaM2;
    }

    public void Started(DateOnly on) => StartedOn = on;

    public void Completed(DateOnly on, DateOnly windowOpens, DateOnly windowCloses)
    {
        CompletedOn = on;
        AssessmentWindowOpensOn = windowOpens;
        AssessmentWindowClosesOn = windowCloses;
    }

    public void Terminated(DateOnly on, string cause)
    {
        TerminatedOn = on;
        TerminationCause = cause;
    }

    public void Exited(DateOnly on) => ExitedOn = on;

    public void ConvertedToGrant(DateOnly on) => ConvertedToGrantOn = on;

    /// <summary>The group the land-efficiency figures are summed in: the park or district of the contract's pack.</summary>
    public string EfficiencyGroup => PolicyPackId ?? "national-default";
}
