namespace LandPlatform.Auditing;

/// <summary>Outcome strings: <c>succeeded</c>, <c>rejected:4xx</c>, <c>denied:401|403</c>, <c>failed:5xx</c>.</summary>
public static class AuditOutcome
{
    public const string Succeeded = "succeeded";

    public static string FromStatus(int status) => status switch
    {
        < 400 => Succeeded,
        401 or 403 => $"denied:{status}",
        < 500 => $"rejected:{status}",
        _ => $"failed:{status}",
    };
}
