using System.Runtime.InteropServices;

namespace LandPlatform.AppHost.Hosting.Processes;

/// <summary>
/// POSIX signals by PID. .NET's Process.Kill always sends SIGKILL, which skips ASP.NET Core's
/// graceful shutdown (and the final telemetry flush), so SIGTERM goes through libc's kill(2).
/// </summary>
public static partial class ProcessSignals
{
    private const int SigTerm = 15;
    private const int SigKill = 9;
    private const int SigStop = 19;
    private const int SigCont = 18;

    public static bool IsRoot => geteuid() == 0;

    /// <summary>Sends SIGTERM; false when the process is already gone.</summary>
    public static bool Terminate(int processId) => kill(processId, SigTerm) == 0;

    public static bool Kill(int processId) => kill(processId, SigKill) == 0;

    /// <summary>SIGSTOP: the process stops answering without exiting (a hung service, for outage drills).</summary>
    public static bool Pause(int processId) => kill(processId, SigStop) == 0;

    /// <summary>SIGCONT: a paused process carries on.</summary>
    public static bool Resume(int processId) => kill(processId, SigCont) == 0;

    /// <summary>Signal 0 checks existence without signalling (a zombie still counts until reaped).</summary>
    public static bool IsAlive(int processId) => kill(processId, 0) == 0 && !ProcessTable.IsZombie(processId);

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int kill(int pid, int sig);

    [LibraryImport("libc", EntryPoint = "geteuid")]
    private static partial uint geteuid();
}
