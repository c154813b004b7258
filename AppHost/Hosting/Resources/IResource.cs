namespace LandPlatform.AppHost.Hosting.Resources;

/// <summary>Anything the AppHost runs; the name is unique and appears in logs, keys and the status table.</summary>
public interface IResource
{
    string Name { get; }
}
