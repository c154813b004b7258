namespace LandPlatform.IntegrationContracts.Events;

/// <summary>
/// Monitoring: a failed assessment's rectification period ended without a rectification assessment being applied for
/// (Hangzhou art. 9 整改期满仍未达标的). Monitoring publishes <see cref="AssessmentFailed"/> with FinalAfterRectification
/// alongside it, so consumers of the failure need not also consume this.
/// </summary>
public sealed record RectificationExpired(
    Guid AssessmentId,
    Guid ContractId,
    string Uscc,
    DateOnly RectificationDeadline,
    DateOnly ExpiredOn) : IntegrationEvent
{
    public string? EnterpriseName { get; init; }
}
