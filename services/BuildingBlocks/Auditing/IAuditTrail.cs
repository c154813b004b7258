namespace LandPlatform.Auditing;

/// <summary>
/// Adds audit records to the service's own DbContext (the request's scope), so they commit in the
/// same SaveChanges as the state change they describe: nothing audited that did not happen,
/// nothing happened unaudited.
/// </summary>
public interface IAuditTrail
{
    /// <summary>Records a write by the current HTTP user (or anonymous); saved by the caller's next SaveChanges.</summary>
    void Record(AuditEntry entry);

    /// <summary>
    /// Records the effect of a consumed message, inside the consumer's transaction. The actor is
    /// <c>service:&lt;publisher&gt;</c> when the publisher is known, else <c>message</c>; the source is
    /// <c>message:&lt;messageType&gt;:&lt;messageId&gt;</c>.
    /// </summary>
    void RecordConsumed(
        string messageType,
        string messageId,
        string operation,
        string? resourceType,
        string? resourceId,
        string? after,
        string? publisher = null);
}
