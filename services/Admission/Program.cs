using LandPlatform.Admission.Api;
using LandPlatform.Admission.Extensions;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapApplicationsApi();
app.Run();

public partial class Program;
