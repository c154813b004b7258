namespace LandPlatform.ProvincialPlatform;

/// <summary>
/// An explicit entry point rather than top-level statements: those generate a public global <c>Program</c>, which would
/// clash with the reporting service's in a test project that starts both.
/// </summary>
internal static class SimulatorProgram
{
    public static void Main(string[] args) => SimulatorApplication.Build(args).Run();
}
