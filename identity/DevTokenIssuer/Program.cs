using LandPlatform.DevTokenIssuer;

// Development token issuer: see IssuerApplication. Tests start the same application in-process.
await IssuerApplication.Build(args).RunAsync();
