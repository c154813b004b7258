using LandPlatform.Gateway.Routing;

var builder = WebApplication.CreateSlimBuilder(args);
builder.AddServiceDefaults();
builder.AddPlatformRoutes();
builder.AddGatewayProtection();

var app = builder.Build();
app.MapDefaultEndpoints();
app.UseGatewayProtection();
app.MapReverseProxy();
app.Run();

public partial class Program;
