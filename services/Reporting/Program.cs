using LandPlatform.Auditing;
using LandPlatform.Auditing.Api;
using LandPlatform.Reporting.Api;
using LandPlatform.Reporting.Extensions;
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
app.MapLedgerApi();
app.Run();

public partial class Program;
