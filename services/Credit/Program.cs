using LandPlatform.Auditing;
using LandPlatform.Auditing.Api;
using LandPlatform.Credit.Api;
using LandPlatform.Credit.Extensions;
using LandPlatform.ServiceDefaults.Security;
using LandPlatform.ServiceDefaults.ServiceCalls;

var builder = WebApplication.CreateSlimBuilder(args);
builder.AddServiceDefaults();
builder.AddPlatformGrpcServer();
builder.AddPlatformAuthentication();
builder.AddApplicationServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.UsePlatformAuthentication(afterAuthentication: audited => audited.UseAuditTrail());
app.MapAuditApi(audit => audit.RequirePermission(Permissions.AuditRead));
app.MapMessagingOperations((endpoints, permission) => endpoints.RequirePermission(permission));
app.MapEnterprisesApi();
app.MapListingsApi();
app.MapPublicListingsApi();
app.MapPoliciesApi();
app.MapCreditCheckGrpc();
app.Run();

public partial class Program;
