namespace LandPlatform.AppHost.Hosting;

/// <summary>Finds the repository root by walking up to LandPlatform.sln, wherever the AppHost was built to.</summary>
public static class RepositoryLocator
{
    public const string SolutionFile = "LandPlatform.sln";

    public static string FindRoot(string startDirectory)
    {
        for (var directory = new DirectoryInfo(startDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, SolutionFile)))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"{SolutionFile} not found in {startDirectory} or any parent folder.");
    }
}
