using LandPlatform.AppHost.Hosting;

namespace LandPlatform.AppHost.Tests;

public sealed class AppHostArgumentsTests
{
    private const string Root = "/repo";
    private static readonly DateTimeOffset Now = new(2025, 3, 4, 5, 6, 7, TimeSpan.Zero);

    private static DistributedApplicationOptions Parse(string[] args, Dictionary<string, string>? environment = null) =>
        AppHostArguments.Parse(args, environment ?? [], Root, Now, 42);

    [Fact]
    public void Defaults_are_port_8080_and_a_fresh_run_folder()
    {
        var options = Parse([]);

        Assert.Equal(8080, options.GatewayHttpPort);
        Assert.False(options.PersistentData);
        Assert.Equal("20250304-050607-42", options.RunId);
        Assert.Equal("/repo/.data/run-20250304-050607-42", options.DataDirectory);
        Assert.Equal("/health", options.HealthPath);
    }

    [Fact]
    public void The_gateway_port_comes_from_the_command_line_then_the_environment()
    {
        var environment = new Dictionary<string, string> { [AppHostArguments.GatewayPortVariable] = "9090" };

        Assert.Equal(9090, Parse([], environment).GatewayHttpPort);
        Assert.Equal(7070, Parse(["--http-port", "7070"], environment).GatewayHttpPort);
        Assert.Equal(0, Parse(["--http-port", "0"]).GatewayHttpPort);
    }

    [Fact]
    public void Data_and_persistent_choose_a_folder_kept_across_runs_with_a_stable_node_name()
    {
        var data = Parse(["--data", "/var/tmp/lp"]);
        var again = Parse(["--data", "/var/tmp/lp"]);
        var persistent = Parse(["--persistent"]);

        Assert.Equal("/var/tmp/lp", data.DataDirectory);
        Assert.True(data.PersistentData);
        Assert.Equal(data.RunId, again.RunId);
        Assert.Equal("/repo/.data/persistent", persistent.DataDirectory);
        Assert.NotEqual(data.RunId, persistent.RunId);
    }

    [Theory]
    [InlineData("--http-port", "eighty")]
    [InlineData("--http-port", "70000")]
    [InlineData("--bogus")]
    [InlineData("--data")]
    public void Bad_arguments_are_rejected_with_a_message(params string[] args)
    {
        var error = Assert.Throws<ArgumentException>(() => Parse(args));

        Assert.False(string.IsNullOrWhiteSpace(error.Message));
    }
}
