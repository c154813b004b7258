using LandPlatform.Auditing.Api;
using LandPlatform.Auditing.Chain;
using LandPlatform.Auditing.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace LandPlatform.Auditing;

public static class AuditTrailExtensions
{
    /// <summary>
    /// Registers the audit trail on the service's DbContext (which must call
    /// <c>modelBuilder.AddAuditTrail()</c>): <see cref="IAuditTrail"/> per scope and the chain
    /// interceptors on every instance of <typeparamref name="TContext"/>.
    /// </summary>
    public static IHostApplicationBuilder AddAuditTrail<TContext>(this IHostApplicationBuilder builder)
        where TContext : DbContext
    {
        var services = builder.Services;
        services.AddHttpContextAccessor();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<AuditChainLocks>();
        services.TryAddSingleton<AuditChainInterceptor>();
        services.TryAddSingleton<AuditChainTransactionListener>();
        services.TryAddSingleton<AuditChainConnectionListener>();
        services.AddSingleton(new AuditContextType(typeof(TContext)));
        services.AddScoped<AuditTrail>();
        services.AddScoped<IAuditTrail>(sp => sp.GetRequiredService<AuditTrail>());
        services.AddScoped<AuditStore>();
        services.ConfigureDbContext<TContext>((sp, options) => options.AddInterceptors(
            sp.GetRequiredService<AuditChainInterceptor>(),
            sp.GetRequiredService<AuditChainTransactionListener>(),
            sp.GetRequiredService<AuditChainConnectionListener>()));
        return builder;
    }

    /// <summary>
    /// Records state-changing requests that no endpoint recorded (rejections, denials, failures).
    /// Place it after UseAuthentication (it needs the user) and before UseAuthorization (it must see 403s).
    /// </summary>
    public static IApplicationBuilder UseAuditTrail(this IApplicationBuilder app) =>
        app.UseMiddleware<AuditMiddleware>();
}
