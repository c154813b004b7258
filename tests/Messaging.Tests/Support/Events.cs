using LandPlatform.IntegrationContracts.Events;

namespace LandPlatform.Messaging.Tests.Support;

internal static class Events
{
    public static ApplicationSubmitted Submitted(Guid applicationId) =>
        new(applicationId, "91330100MA2XXXXX1A", "Hangzhou Widgets Co.", "C34", 20_000m, "2024-zj-1", "Submitted");
}
