namespace LandPlatform.Monitoring.Domain;

/// <summary>
/// A project monitoring has heard of before any contract exists: every admission application opens a
/// file here so that, once land is supplied, its commitments and reports join a history that starts
/// at the application.
/// </summary>
public sealed class PipelineProject
{
    private PipelineProject()
    {
    }

    public Guid ApplicationId { get; private set; }

    public string Uscc { get; private set; } = string.Empty;

    public string EnterpriseName { get; private set; } = string.Empty;

    public string Industry { get; private set; } = string.Empty;

    public decimal RequestedLandAreaM2 { get; private set; }

    public string AdmissionStatus { get; private set; } = string.Empty;

    public DateTimeOffset ApplicationSubmittedAt { get; private set; }

    public DateTimeOffset ReceivedAt { get; private set; }

    public static PipelineProject Open(
        Guid applicationId, string uscc, string enterpriseName, string industry, decimal requestedLandAreaM2,
        string admissionStatus, DateTimeOffset submittedAt, DateTimeOffset receivedAt) => new()
        {
            ApplicationId = applicationId,
            Uscc = uscc,
            EnterpriseName = enterpriseName,
            Industry = industry,
            RequestedLandAreaM2 = requestedLandAreaM2,
            AdmissionStatus = admissionStatus,
            ApplicationSubmittedAt = submittedAt,
            ReceivedAt = receivedAt,
        };
}
