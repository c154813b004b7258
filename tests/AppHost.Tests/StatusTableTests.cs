using LandPlatform.AppHost.Hosting.Orchestration;
using LandPlatform.AppHost.Hosting.Resources;

namespace LandPlatform.AppHost.Tests;

public sealed class StatusTableTests
{
    [Fact]
    public void The_table_lists_resource_state_urls_and_pid_in_aligned_columns()
    {
        var table = StatusTable.Render(
        [
            new("bus", ResourceState.Healthy, 100, 0, ["amqp://127.0.0.1:5672/"], null, null, null, null),
            new("credit", ResourceState.Restarting, null, 1, ["http://127.0.0.1:5001", "grpc=http://127.0.0.1:5002"], null, null, null, null),
        ]);

        var lines = table.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("RESOURCE  STATE       URL(S)                                             PID", lines[0]);
        Assert.Equal("bus       Healthy     amqp://127.0.0.1:5672/                             100", lines[1]);
        Assert.Equal("credit    Restarting  http://127.0.0.1:5001, grpc=http://127.0.0.1:5002  -", lines[2]);
    }
}
