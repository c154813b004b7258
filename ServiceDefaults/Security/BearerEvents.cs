using System.Text;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Net.Http.Headers;

namespace LandPlatform.ServiceDefaults.Security;

/// <summary>
/// Bearer events: rejected tokens are logged (an operator sees why a clerk is locked out), and the
/// 401 is a problem detail (or a gRPC UNAUTHENTICATED status) instead of an empty body.
/// </summary>
internal static class BearerEvents
{
    private const string LoggerCategory = "LandPlatform.Security.Authentication";

    public static JwtBearerEvents Create() => new()
    {
        OnAuthenticationFailed = context =>
        {
            var logger = context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(LoggerCategory);
            SecurityLog.TokenRejected(logger, context.Request.Method, context.Request.Path,
                context.Exception.GetType().Name, context.Exception.Message);
            return Task.CompletedTask;
        },
        OnChallenge = async context =>
        {
            // Replace the default empty 401, keeping its WWW-Authenticate header (RFC 6750 §3).
            context.HandleResponse();
            var logger = context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(LoggerCategory);
            SecurityLog.Challenged(logger, context.Request.Method, context.Request.Path, context.Error ?? "no token");
            var response = context.Response;
            if (response.HasStarted)
            {
                return;
            }

            if (GrpcAuthResponse.IsGrpc(context.Request))
            {
                await GrpcAuthResponse.WriteAsync(response, GrpcAuthResponse.Unauthenticated,
                    context.Error is null ? "a bearer token is required" : "the bearer token was rejected");
                return;
            }

            response.Headers.Append(HeaderNames.WWWAuthenticate, WwwAuthenticate(context.Error, context.ErrorDescription));
            await AuthProblems.Unauthenticated(context.Error, context.ErrorDescription).ExecuteAsync(context.HttpContext);
        },
    };

    private static string WwwAuthenticate(string? error, string? description)
    {
        if (error is null)
        {
            return "Bearer";
        }

        var value = new StringBuilder("Bearer error=\"").Append(error).Append('"');
        if (description is not null)
        {
            value.Append(", error_description=\"").Append(description.Replace("\"", "'", StringComparison.Ordinal)).Append('"');
        }

        return value.ToString();
    }
}
