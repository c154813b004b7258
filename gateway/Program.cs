using LandPlatform.Gateway.Routing;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddPlatformRoutes();

var app = builder.Build();
app.MapDefaultEndpoints();
app.UseRequestTimeouts();
app.MapReverseProxy();
app.Run();

public partial class Program;
