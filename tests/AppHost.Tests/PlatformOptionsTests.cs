using LandPlatform.AppHost.Options;
using Microsoft.Extensions.Configuration;

namespace LandPlatform.AppHost.Tests;

public sealed class PlatformOptionsTests
{
    [Fact]
    public void SwitchesBecomeConfigurationAndEverythingElsePassesThrough()
    {
        var args = PlatformOptions.ToConfigurationArguments(["--http-port", "9090", "--postgres", "--persistent", "--Foo=bar"]);

        Assert.Equal(["--LandPlatform:HttpPort=9090", "--Database:Provider=postgres", "--LandPlatform:Persistent=true", "--Foo=bar"], args);
    }

    [Theory]
    [InlineData("--http-port", "70000")]
    [InlineData("--http-port", "eighty")]
    public void ABadPortIsRefusedNamingTheSwitch(string name, string value)
    {
        var error = Assert.Throws<ArgumentException>(() => PlatformOptions.ToConfigurationArguments([name, value]));
        Assert.Contains("--http-port", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--data")]
    [InlineData("--http-port")]
    public void ASwitchWithoutItsValueIsRefused(string name)
    {
        Assert.Throws<ArgumentException>(() => PlatformOptions.ToConfigurationArguments([name]));
        Assert.Throws<ArgumentException>(() => PlatformOptions.ToConfigurationArguments([name, "--persistent"]));
    }

    [Fact]
    public void TheDataFolderIsAbsolute()
    {
        var args = PlatformOptions.ToConfigurationArguments(["--data", "relative/dir"]);

        Assert.Equal($"--LandPlatform:DataDirectory={Path.GetFullPath("relative/dir")}", Assert.Single(args));
    }

    [Fact]
    public void EachRunGetsAFreshFolderAndTheGatewayPort8080ByDefault()
    {
        using var root = LandPlatform.Testing.TempDirectory.Create("lp-options-");
        var first = Run(root.Path, [], DateTimeOffset.Parse("2026-12-02T01:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        var second = Run(root.Path, [], DateTimeOffset.Parse("2026-12-02T01:00:05Z", System.Globalization.CultureInfo.InvariantCulture));

        Assert.NotEqual(first.DataDirectory, second.DataDirectory);
        Assert.StartsWith(Path.Combine(root.Path, ".data", "run-"), first.DataDirectory, StringComparison.Ordinal);
        Assert.Equal(8080, first.HttpPort);
        Assert.False(first.UsesPostgres);
    }

    [Fact]
    public void PersistentKeepsOneFolderAndOneBrokerNodeAcrossRuns()
    {
        using var root = LandPlatform.Testing.TempDirectory.Create("lp-options-");
        var first = Run(root.Path, ["--persistent", "--http-port", "0", "--postgres"], DateTimeOffset.UnixEpoch);
        var second = Run(root.Path, ["--persistent"], DateTimeOffset.UnixEpoch.AddHours(1));

        Assert.Equal(Path.Combine(root.Path, ".data", "persistent"), first.DataDirectory);
        Assert.Equal(first.DataDirectory, second.DataDirectory);
        Assert.Equal(first.RunId, second.RunId);
        Assert.Null(first.HttpPort);
        Assert.True(first.UsesPostgres);
    }

    [Fact]
    public void TheClockIsTheSystemsUnlessTheRunAsksForAControllableOne()
    {
        using var root = LandPlatform.Testing.TempDirectory.Create("lp-options-");

        Assert.False(Run(root.Path, [], DateTimeOffset.UnixEpoch).ControllableClock);
        Assert.True(Run(root.Path, ["--controllable-clock"], DateTimeOffset.UnixEpoch).ControllableClock);
        Assert.Contains("--controllable-clock", PlatformOptions.Usage, StringComparison.Ordinal);
    }

    [Fact]
    public void HelpIsAskedForWithEitherSpelling()
    {
        Assert.True(PlatformOptions.AsksForHelp(["--data", "x", "-h"]));
        Assert.True(PlatformOptions.AsksForHelp(["--help"]));
        Assert.False(PlatformOptions.AsksForHelp(["--persistent"]));
    }

    private static PlatformRun Run(string root, string[] args, DateTimeOffset now) =>
        PlatformRun.From(new ConfigurationBuilder().AddCommandLine(PlatformOptions.ToConfigurationArguments(args)).Build(), root, now);
}
