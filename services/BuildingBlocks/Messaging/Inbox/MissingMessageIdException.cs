namespace LandPlatform.Messaging.Inbox;

/// <summary>
/// Raised for a message without MessageId: idempotency is impossible, so it must fault (and land in the error
/// queue) rather than be applied blindly. Never retried.
/// </summary>
public sealed class MissingMessageIdException : Exception
{
    public MissingMessageIdException()
        : base("The message has no MessageId; it cannot be processed idempotently.")
    {
    }

    public MissingMessageIdException(string message)
        : base(message)
    {
    }

    public MissingMessageIdException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
