namespace LandPlatform.AppHost.Options;

/// <summary>
/// A program the platform runs from a Debian package (the broker, PostgreSQL). When it is missing, DCP would only
/// mark the resource FailedToStart and every service waiting for it would wait for ever; the AppHost stops at once
/// instead and says what to install.
/// </summary>
public static class DebianPackage
{
    public static string Require(string program, string package, string neededFor) =>
        File.Exists(program) ? program : throw Missing(program, package, neededFor);

    public static InvalidOperationException Missing(string program, string package, string neededFor) =>
        new($"{neededFor} needs Debian's package {package} ({program} is missing): apt-get install {package}");
}
