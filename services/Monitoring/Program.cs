using LandPlatform.Auditing;
using LandPlatform.Auditing.Api;
using LandPlatform.Monitoring.Api;
using LandPlatform.Monitoring.Extensions;
using LandPlatform.ServiceDefaults.Security;

var builder = WebApplication.CreateSlimBuilder(args);
builder.AddServiceDefaults();
builder.AddPlatformAuthentication();
builder.AddApplicationServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.UsePlatformAuthentication(afterAuthentication: audited => audited.UseAuditTrail());
app.MapAuditApi(audit => audit.RequirePermission(Permissions.AuditRead));
app.MapMessagingOperations((endpoints, permission) => endpoints.RequirePermission(permission));
app.MapPipelineApi();
app.MapReportsApi();
app.MapAssessmentsApi();
app.MapLedgerApi();
app.MapFiguresApi();
app.MapSupervisionApi();
app.MapPublicDisclosureApi();
app.Run();

public partial class Program;
