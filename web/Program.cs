using LandPlatform.Web.Components;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddApplicationServices();
builder.Services.AddRazorComponents();

var app = builder.Build();
app.UsePortalPipeline();
app.MapStaticAssets();
app.MapPortalEndpoints();
app.MapRazorComponents<App>();
app.Run();
