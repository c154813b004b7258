using LandPlatform.AppHost.Options;

namespace LandPlatform.AppHost.Tests;

public sealed class DebianPackageTests
{
    [Fact]
    public void AMissingProgramStopsTheAppHostNamingThePackageToInstall()
    {
        var missing = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"), "rabbitmq-server");

        var error = Assert.Throws<InvalidOperationException>(() => DebianPackage.Require(missing, "rabbitmq-server", "The message bus"));

        Assert.Contains(missing, error.Message, StringComparison.Ordinal);
        Assert.Contains("apt-get install rabbitmq-server", error.Message, StringComparison.Ordinal);
        Assert.StartsWith("The message bus", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnInstalledProgramIsUsedAsItIs()
    {
        Assert.Equal("/bin/sh", DebianPackage.Require("/bin/sh", "dash", "A shell"));
    }
}
