using LandPlatform.ProvincialPlatform.Api;
using LandPlatform.ProvincialPlatform.Checks;
using LandPlatform.ProvincialPlatform.Faults;
using LandPlatform.ProvincialPlatform.Store;
using Microsoft.EntityFrameworkCore;

namespace LandPlatform.ProvincialPlatform;

/// <summary>
/// The simulator as an application tests can start on a real port (a class rather than a Program type, so a test
/// project can hold it next to a service's Program).
/// </summary>
public static class SimulatorApplication
{
    public static WebApplication Build(string[] args, Action<IServiceCollection>? services = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddServiceDefaults();
        builder.Services.AddOptions<SimulatorOptions>().Bind(builder.Configuration.GetSection(SimulatorOptions.SectionName));
        var store = builder.Configuration.GetConnectionString("provincialdb")
            ?? $"Data Source={Path.Combine(builder.Environment.ContentRootPath, "provincial.db")}";
        builder.Services.AddDbContext<RecordStore>(o => o.UseSqlite(store));
        builder.Services.AddSingleton<StoreWriteGate>();
        builder.Services.AddSingleton<FaultSwitch>();
        builder.Services.AddSingleton<SignatureCheck>();
        services?.Invoke(builder.Services);

        var app = builder.Build();
        using (var scope = app.Services.CreateScope())
        {
            RecordStore.Prepare(scope.ServiceProvider.GetRequiredService<RecordStore>());
        }

        app.MapDefaultEndpoints();
        app.MapRecordsApi();
        app.MapAdminApi();
        app.MapHomePage();
        return app;
    }
}
