using LandPlatform.Monitoring.Api;
using LandPlatform.Monitoring.Extensions;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapPipelineApi();
app.Run();

public partial class Program;
