using LandPlatform.Credit.Api;
using LandPlatform.Credit.Extensions;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapListingsApi();
app.MapEnterprisesApi();
app.MapCreditCheckGrpc();
app.Run();

public partial class Program;
