// Serves what the orchestrator needs to be tested against a real Kestrel child: /health, a way to
// crash, an echo of its environment, and the gRPC port's protocol. Configured only through the
// environment the AppHost injects (Kestrel__Endpoints__*).
var builder = WebApplication.CreateBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
var app = builder.Build();

var healthyAfter = DateTime.UtcNow + TimeSpan.FromMilliseconds(
    int.TryParse(Environment.GetEnvironmentVariable("TEST_HEALTH_DELAY_MS"), out var ms) ? ms : 0);
app.MapGet("/health", () => DateTime.UtcNow >= healthyAfter ? Results.Ok("healthy") : Results.StatusCode(503));
app.MapGet("/env/{key}", (string key) => Environment.GetEnvironmentVariable(key) is { } value ? Results.Ok(value) : Results.NotFound());
app.MapGet("/pid", () => Environment.ProcessId);
app.MapPost("/crash", () =>
{
    // Exit outside the request so the response gets out first.
    _ = Task.Run(async () =>
    {
        await Task.Delay(50);
        Environment.Exit(3);
    });
    return Results.Accepted();
});
app.Lifetime.ApplicationStopping.Register(() => Console.WriteLine("test-service: graceful shutdown"));
app.Run();
