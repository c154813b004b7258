using LandPlatform.AppHost.Hosting;

// The platform as Aspire would declare it; see Hosting/ for the orchestrator behind these calls.
var builder = DistributedApplication.CreateBuilder(args);

var bus = builder.AddRabbitMQ("bus");
// The development issuer listens next to the gateway (8081 when the gateway is on 8080).
var identity = builder.AddDevIdentity("identity", "identity/DevTokenIssuer",
    builder.Options.GatewayHttpPort == 0 ? 0 : builder.Options.GatewayHttpPort + 1);

var credit = builder.AddProject("credit", "services/Credit")
    .WithServiceIdentity(identity)
    .WithReference(bus).WaitFor(bus);

var admission = builder.AddProject("admission", "services/Admission")
    .WithServiceIdentity(identity)
    .WithReference(bus).WithReference(credit)
    .WaitFor(bus).WaitFor(credit);

var pricing = builder.AddProject("pricing", "services/Pricing")
    .WithServiceIdentity(identity)
    .WithReference(bus).WaitFor(bus);

var contracts = builder.AddProject("contracts", "services/Contracts")
    .WithServiceIdentity(identity)
    .WithReference(bus).WithReference(credit)
    .WaitFor(bus);

var monitoring = builder.AddProject("monitoring", "services/Monitoring")
    .WithServiceIdentity(identity)
    .WithReference(bus).WithReference(contracts)
    .WaitFor(bus).WaitFor(contracts);

builder.AddProject("gateway", "gateway")
    .WithServiceIdentity(identity)
    .WithReference(admission).WithReference(pricing).WithReference(contracts).WithReference(monitoring).WithReference(credit)
    .WaitFor(admission).WaitFor(pricing).WaitFor(contracts).WaitFor(monitoring).WaitFor(credit)
    .WithExternalHttpEndpoint(builder.Options.GatewayHttpPort);

builder.Build().Run();
