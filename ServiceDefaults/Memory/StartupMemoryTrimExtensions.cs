using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace LandPlatform.ServiceDefaults.Memory;

internal static class StartupMemoryTrimExtensions
{
    public static IHostApplicationBuilder AddStartupMemoryTrim(this IHostApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(StartupMemoryTrimOptions.SectionName);
        builder.Services.AddOptions<StartupMemoryTrimOptions>().Bind(section);
        if (section.GetValue(nameof(StartupMemoryTrimOptions.TrimAfterStartup), defaultValue: true))
        {
            // One instance, reachable both as the hosted service and by its type (its Completion is observable).
            builder.Services.AddSingleton<StartupMemoryTrim>();
            builder.Services.AddHostedService(sp => sp.GetRequiredService<StartupMemoryTrim>());
        }

        return builder;
    }
}
