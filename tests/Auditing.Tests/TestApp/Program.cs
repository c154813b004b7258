using LandPlatform.Auditing;
using LandPlatform.Auditing.Api;
using LandPlatform.Auditing.Tests.TestApp;
using LandPlatform.Persistence;
using Microsoft.AspNetCore.Authentication;

// A service shaped like the real ones, reduced to what the audit trail touches.
var builder = WebApplication.CreateBuilder(args);
builder.AddModelCreatedDatabase<TestDbContext>("audittest");
builder.AddAuditTrail<TestDbContext>();
builder.Services.AddProblemDetails();
builder.Services.AddAuthentication(TestAuthHandler.SchemeName)
    .AddScheme<AuthenticationSchemeOptions, TestAuthHandler>(TestAuthHandler.SchemeName, null);
builder.Services.AddAuthorizationBuilder()
    .AddPolicy("leader", p => p.RequireClaim("role", "leader"))
    .AddPolicy("audit.read", p => p.RequireClaim("role", "auditor"));

var app = builder.Build();
app.UseExceptionHandler();
app.UseAuthentication();
app.UseAuditTrail();
app.UseAuthorization();
app.MapParcelsApi();
app.MapAuditApi(group => group.RequireAuthorization("audit.read"));
app.Run();

public partial class Program;
