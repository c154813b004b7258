using System.Runtime.InteropServices;

namespace LandPlatform.AppHost.Hosting.Processes;

/// <summary>
/// POSIX signals by PID. .NET's Process.Kill always sends SIGKILL, which skips ASP.NET Core's
/// graceful shutdown (and the final telemetry flush), so SIGTERM goes through libc's kill(2).
/// </summary>
internal static partial class ProcessSignals
{
    private const int SigTerm = 15;
    private const int SigKill = 9;

    public static bool IsRoot => geteuid() == 0;

    /// <summary>Sends SIGTERM; false when the process is already gone.</summary>
    public static bool Terminate(int processId) => kill(processId, SigTerm) == 0;

    public static bool Kill(int processId) => kill(processId, SigKill) == 0;

    /// <summary>Signal 0 checks existence without signalling (a zombie still counts until reaped).</summary>
    public static bool IsAlive(int processId) => kill(processId, 0) == 0 && !ProcessTable.IsZombie(processId);

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int kill(int pid, int sig);

    [LibraryImport("libc", EntryPoint = "geteuid")]
    private static partial uint geteuid();
}
