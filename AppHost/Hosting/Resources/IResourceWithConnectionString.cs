namespace LandPlatform.AppHost.Hosting.Resources;

/// <summary>
/// A resource that referencing resources reach through <c>ConnectionStrings__{Name}</c>, the key
/// Aspire injects and <c>IConfiguration.GetConnectionString(name)</c> reads.
/// </summary>
public interface IResourceWithConnectionString : IResource
{
    string ConnectionString { get; }
}
