namespace LandPlatform.Admission.Domain;

/// <summary>An enterprise's request for industrial land, as the development bureau receives it.</summary>
public sealed class LandApplication
{
    private LandApplication()
    {
    }

    public Guid Id { get; private set; }

    public string EnterpriseName { get; private set; } = string.Empty;

    public string Uscc { get; private set; } = string.Empty;

    public string Industry { get; private set; } = string.Empty;

    public decimal RequestedLandAreaM2 { get; private set; }

    public string PolicyPackId { get; private set; } = string.Empty;

    public ApplicationStatus Status { get; private set; }

    /// <summary>Why the application was refused, quoting the credit listing; null when not refused.</summary>
    public string? RefusalReason { get; private set; }

    public DateTimeOffset SubmittedAt { get; private set; }

    /// <summary>
    /// Takes the application in. The blacklist answer is an input because admission must refuse a
    /// listed enterprise at submission (Shijingshan 五(二); Hangzhou art. 13), and the refusal quotes
    /// the listing so the enterprise knows why.
    /// </summary>
    public static LandApplication Submit(
        EnterpriseApplicant applicant, string industry, decimal requestedLandAreaM2, string policyPackId,
        BlacklistVerdict blacklist, DateTimeOffset at) => new()
        {
            Id = Guid.CreateVersion7(at),
            EnterpriseName = applicant.Name,
            Uscc = applicant.Uscc,
            Industry = industry,
            RequestedLandAreaM2 = requestedLandAreaM2,
            PolicyPackId = policyPackId,
            Status = blacklist.Barred ? ApplicationStatus.Refused : ApplicationStatus.Submitted,
            RefusalReason = blacklist.Barred ? blacklist.Explanation : null,
            SubmittedAt = at,
        };
}
