namespace LandPlatform.DevTokenIssuer;

// Development token issuer: see IssuerApplication. Tests start the same application in-process,
// so the entry point is a named internal class: a top-level Program would be public (the web SDK
// makes it so for WebApplicationFactory) and clash with the Program of the service under test.
internal static class IssuerProgram
{
    public static Task Main(string[] args) => IssuerApplication.Build(args).RunAsync();
}
