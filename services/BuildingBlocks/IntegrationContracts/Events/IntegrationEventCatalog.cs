using System.Collections.Frozen;

namespace LandPlatform.IntegrationContracts.Events;

/// <summary>
/// The stable name of every integration event and the CLR type behind it. The outbox stores the name, not the
/// assembly-qualified type, so a row written by one build can be dispatched by the next.
/// </summary>
public static class IntegrationEventCatalog
{
    /// <summary>The namespace is part of every exchange name MassTransit derives; it must never change.</summary>
    public const string Namespace = "LandPlatform.IntegrationContracts.Events";

    private static readonly FrozenDictionary<string, Type> ByName = typeof(IntegrationEvent).Assembly
        .GetTypes()
        .Where(t => t.IsSubclassOf(typeof(IntegrationEvent)) && !t.IsAbstract)
        .ToFrozenDictionary(t => t.Name, StringComparer.Ordinal);

    /// <summary>Every known event type by its stable name.</summary>
    public static IReadOnlyDictionary<string, Type> Types => ByName;

    public static string NameOf(Type eventType)
    {
        ArgumentNullException.ThrowIfNull(eventType);
        return ByName.TryGetValue(eventType.Name, out var known) && known == eventType
            ? eventType.Name
            : throw new ArgumentException($"{eventType.FullName} is not a cataloged integration event.", nameof(eventType));
    }

    public static bool TryResolve(string name, out Type eventType) =>
        ByName.TryGetValue(name, out eventType!);

    /// <summary>
    /// Fails start-up when an event drifted out of the namespace or is not sealed (a subclass would be published
    /// to its base's exchange too, which consumers of the base do not expect).
    /// </summary>
    public static void Validate()
    {
        var problems = ByName.Values
            .Where(t => t.Namespace != Namespace || !t.IsSealed)
            .Select(t => $"{t.FullName} must be a sealed record in {Namespace}")
            .ToList();
        if (problems.Count > 0)
        {
            throw new InvalidOperationException(string.Join("; ", problems));
        }
    }
}
