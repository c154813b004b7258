namespace LandPlatform.Reporting.Delivery;

/// <summary>What one attempt came to: a receipt, the platform's refusal, or no answer at all.</summary>
public abstract record DeliveryResult
{
    public sealed record Delivered(string ReceiptNumber) : DeliveryResult;

    public sealed record Rejected(string Reason) : DeliveryResult;

    public sealed record Failed(string Error) : DeliveryResult;
}
