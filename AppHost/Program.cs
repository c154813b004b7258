using LandPlatform.AppHost.Hosting;

// The platform as Aspire would declare it; see Hosting/ for the orchestrator behind these calls.
var builder = DistributedApplication.CreateBuilder(args);

var bus = builder.AddRabbitMQ("bus");

var credit = builder.AddProject("credit", "services/Credit")
    .WithReference(bus).WaitFor(bus);

var admission = builder.AddProject("admission", "services/Admission")
    .WithReference(bus).WithReference(credit)
    .WaitFor(bus).WaitFor(credit);

var pricing = builder.AddProject("pricing", "services/Pricing")
    .WithReference(bus).WaitFor(bus);

var contracts = builder.AddProject("contracts", "services/Contracts")
    .WithReference(bus).WaitFor(bus);

var monitoring = builder.AddProject("monitoring", "services/Monitoring")
    .WithReference(bus).WithReference(contracts)
    .WaitFor(bus).WaitFor(contracts);

builder.AddProject("gateway", "gateway")
    .WithReference(admission).WithReference(pricing).WithReference(contracts).WithReference(monitoring).WithReference(credit)
    .WaitFor(admission).WaitFor(pricing).WaitFor(contracts).WaitFor(monitoring).WaitFor(credit)
    .WithExternalHttpEndpoint(builder.Options.GatewayHttpPort);

builder.Build().Run();
