using Yarp.ReverseProxy.Transforms;

// YARP's forwarder and nothing else: no authentication, rate limits, security headers, body limits, telemetry or
// logging, no service discovery. It forwards /api/{service}/… to the address given as Destinations:{service} and
// strips the prefix, as the gateway's routes do. What the gateway reaches against this is what its protections
// cost; what this reaches against the direct call is what forwarding itself costs on the machine.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
builder.Services.AddHttpForwarder();

var app = builder.Build();
var destinations = app.Configuration.GetSection("Destinations").GetChildren().ToList();
if (destinations.Count == 0)
{
    throw new InvalidOperationException("no Destinations:{service}=http://host:port given");
}

foreach (var service in destinations)
{
    var prefix = $"/api/{service.Key}";
    app.MapForwarder($"{prefix}/{{**rest}}", service.Value!, transforms => transforms.AddPathRemovePrefix(prefix));
}

app.Run();
