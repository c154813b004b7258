using System.Text.Json;

namespace LandPlatform.ServiceDefaults.Tests;

/// <summary>
/// The gateway and the development issuer have no database: the service defaults they share must not
/// drag EF Core and two database providers into what they ship. Read from each built project's own
/// output (this project references both, so they are built with it, in the same configuration).
/// </summary>
public sealed class ShippedDependenciesTests
{
    [Theory]
    [InlineData("gateway", "LandPlatform.Gateway")]
    [InlineData("identity/DevTokenIssuer", "LandPlatform.DevTokenIssuer")]
    public void AProcessWithoutADatabaseShipsNoEfCoreAndNoDatabaseProvider(string project, string assembly)
    {
        var output = OutputOf(project);
        var depsFile = Path.Combine(output, assembly + ".deps.json");
        Assert.True(File.Exists(depsFile), $"{depsFile} not found: is {project} built?");

        using var deps = JsonDocument.Parse(File.ReadAllText(depsFile));
        var libraries = deps.RootElement.GetProperty("libraries").EnumerateObject().Select(l => l.Name).ToList();
        Assert.Contains(libraries, l => l.StartsWith("Microsoft.Extensions.ServiceDiscovery/", StringComparison.Ordinal));
        Assert.DoesNotContain(libraries, IsDatabaseLibrary);
        Assert.DoesNotContain(Directory.GetFiles(output, "*.dll").Select(Path.GetFileName), f => IsDatabaseLibrary(f!));
    }

    private static bool IsDatabaseLibrary(string name) =>
        name.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.OrdinalIgnoreCase)
        || name.StartsWith("Npgsql", StringComparison.OrdinalIgnoreCase)
        || name.StartsWith("Microsoft.Data.Sqlite", StringComparison.OrdinalIgnoreCase)
        || name.StartsWith("LandPlatform.Persistence", StringComparison.OrdinalIgnoreCase);

    /// <summary>The project's bin folder for the configuration and framework this test was built with.</summary>
    private static string OutputOf(string project)
    {
        var here = new DirectoryInfo(AppContext.BaseDirectory);
        // …/tests/ServiceDefaults.Tests/bin/{Configuration}/{TargetFramework}/
        var framework = here.Name;
        var configuration = here.Parent!.Name;
        for (var dir = here; dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "LandPlatform.sln")))
            {
                return Path.Combine(dir.FullName, project, "bin", configuration, framework);
            }
        }

        throw new InvalidOperationException("LandPlatform.sln not found above " + AppContext.BaseDirectory);
    }
}
