namespace LandPlatform.Messaging.Operations;

/// <summary>
/// The permissions the operations API names. Messaging cannot reference ServiceDefaults (where the reviewed table
/// lives), so the names are repeated here; a service applies them with <c>RequirePermission</c>, which throws at
/// start-up for a name missing from the table, and a test pins them to <c>Permissions.OperationsMessages*</c>.
/// </summary>
public static class MessagingOperationsPermissions
{
    /// <summary>See parked outbox rows and error queues (operators, auditors).</summary>
    public const string Read = "operations.messages.read";

    /// <summary>Release parked rows and replay error queues (operators only).</summary>
    public const string Replay = "operations.messages.replay";
}
