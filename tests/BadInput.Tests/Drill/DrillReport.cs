namespace LandPlatform.BadInput.Tests.Drill;

/// <summary>Histograms appended to the file BADINPUT_REPORT names (scripts/drill-bad-input.sh prints it).</summary>
public static class DrillReport
{
    private static readonly Lock Gate = new();

    public static void Append(params string[] sections)
    {
        if (Environment.GetEnvironmentVariable("BADINPUT_REPORT") is not { Length: > 0 } file)
        {
            return;
        }

        lock (Gate)
        {
            File.AppendAllLines(file, sections);
        }
    }
}
