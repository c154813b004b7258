namespace LandPlatform.Messaging.Operations;

/// <summary>The broker could not be reached for an operations request; answered with 503, nothing was moved.</summary>
public sealed class OperationsBrokerUnavailableException : Exception
{
    public OperationsBrokerUnavailableException()
        : base("The message broker is unavailable.")
    {
    }

    public OperationsBrokerUnavailableException(string message)
        : base(message)
    {
    }

    public OperationsBrokerUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
