using LandPlatform.ProvincialPlatform;

var app = SimulatorApplication.Build(args);
app.Run();
