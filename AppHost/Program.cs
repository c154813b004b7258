using LandPlatform.AppHost.Dashboard;
using LandPlatform.AppHost.Options;
using Microsoft.Extensions.DependencyInjection;

// The platform: a private RabbitMQ node, optionally a private PostgreSQL cluster, the development token issuer,
// five services and the gateway, watched in the Aspire dashboard. The extension code lives in the folders beside.
if (PlatformOptions.AsksForHelp(args))
{
    Console.WriteLine(PlatformOptions.Usage);
    return 0;
}

var builder = DistributedApplication.CreateBuilder(PlatformOptions.ToConfigurationArguments(args));
var run = PlatformRun.From(builder.Configuration, Path.GetFullPath(Path.Combine(builder.AppHostDirectory, "..")), DateTimeOffset.Now);
DashboardDefaults.Apply(builder.Configuration, dynamicPorts: run.HttpPort is null);
var otlp = builder.Configuration[PlatformOptions.OtlpEndpointKey];

var bus = builder.AddRabbitMQServer("bus", run.DataDirectory, $"lp-{run.RunId}").WithRestartOnCrash();
var postgres = run.UsesPostgres ? builder.AddPostgresServer("postgres", run.DataDirectory).WithRestartOnCrash() : null;

// The development issuer listens next to the gateway (8081 when the gateway is on 8080).
var identity = builder.AddPlatformProject<Projects.DevTokenIssuer>("identity", run.HttpPort + 1)
    .WithIssuerUrl().WithOtlpOverride(otlp).WithRestartOnCrash();

IResourceBuilder<ProjectResource> Service<TProject>(string name) where TProject : IProjectMetadata, new() =>
    builder.AddPlatformProject<TProject>(name)
        .WithServiceIdentity(identity)
        .WithServiceDatabase(run, postgres)
        .WithReference(bus).WaitFor(bus)
        .WithOtlpOverride(otlp)
        .WithControllableClock(run.ControllableClock)
        .WithRestartOnCrash();

// Services that ask another service (admission and contracts ask credit, monitoring asks contracts) start beside
// it rather than after it: a call waits for its deadline, not for a start order, and admission is ready only once
// credit answered its start-up call (CreditOfficeWarmUp). Starting them one after another cost a health-check
// round per link of the chain on top of each start.
var credit = Service<Projects.Credit>("credit");
var admission = Service<Projects.Admission>("admission").WithReference(credit);
var pricing = Service<Projects.Pricing>("pricing");
var contracts = Service<Projects.Contracts>("contracts").WithReference(credit);
var monitoring = Service<Projects.Monitoring>("monitoring").WithReference(contracts);

// The provincial monitoring platform (a simulator here) and the service reporting upward to it (issue 13). Reporting
// calls no other service, so it holds no service identity: it only validates operators' tokens.
var province = builder.AddPlatformProject<Projects.ProvincialPlatform>("provincial").WithSimulatorStore(run).WithOtlpOverride(otlp).WithRestartOnCrash();
var reporting = builder.AddPlatformProject<Projects.Reporting>("reporting")
    .WithReference(identity).WaitFor(identity).WithServiceDatabase(run, postgres).WithReference(bus).WaitFor(bus)
    .WithProvincialPlatform(province).WithOtlpOverride(otlp).WithRestartOnCrash();

var gateway = builder.AddPlatformProject<Projects.Gateway>("gateway", run.HttpPort)
    .WithServiceIdentity(identity)
    .WithReference(admission).WithReference(pricing).WithReference(contracts).WithReference(monitoring).WithReference(credit)
    .WaitFor(admission).WaitFor(pricing).WaitFor(contracts).WaitFor(monitoring).WaitFor(credit)
    .WithReference(reporting).WaitFor(reporting)
    .WithOtlpOverride(otlp)
    .WithRestartOnCrash();

// The web portal, reached through the gateway at / (and directly on its own port): it signs people in with the
// issuer (code + PKCE) and calls the APIs back through the gateway with their tokens. Nothing waits for it.
var web = builder.AddPlatformProject<Projects.Web>("web")
    .WithReference(identity).WaitFor(identity)
    .WithReference(gateway)
    .WithOtlpOverride(otlp)
    .WithRestartOnCrash();
gateway.WithReference(web);
identity.WithBrowserClient("web", gateway, web);

var timeline = new StartupTimeline();
builder.Eventing.Subscribe<ResourceReadyEvent>((ready, _) =>
{
    timeline.Healthy(ready.Resource.Name);
    return Task.CompletedTask;
});
builder.Services.AddSingleton(timeline).AddHostedService<StartupReport>();
Console.WriteLine($"Data folder: {run.DataDirectory}");
if (run.ControllableClock)
{
    Console.WriteLine("CONTROLLABLE CLOCK: operators may move every service's clock forward (POST /api/<service>/operations/clock). Tests only.");
}

builder.Build().Run();
return 0;
