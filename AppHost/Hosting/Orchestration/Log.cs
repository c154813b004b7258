using Microsoft.Extensions.Logging;

namespace LandPlatform.AppHost.Hosting.Orchestration;

/// <summary>The orchestrator's own log lines (children's output is passed through, not logged).</summary>
internal static partial class Log
{
    [LoggerMessage(Level = LogLevel.Information, Message = "{Resource}: waiting for {Dependencies}")]
    public static partial void Waiting(ILogger logger, string resource, string dependencies);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Resource}: started {Command} (pid {Pid})")]
    public static partial void Started(ILogger logger, string resource, string command, int pid);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Resource}: healthy after {Seconds:0.0} s")]
    public static partial void Healthy(ILogger logger, string resource, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Resource}: exited unexpectedly with code {ExitCode}; restart {Restart}/{MaxRestarts} in {DelaySeconds:0.#} s")]
    public static partial void Restarting(ILogger logger, string resource, int exitCode, int restart, int maxRestarts, double delaySeconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Resource}: failed: {Reason}")]
    public static partial void Failed(ILogger logger, string resource, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Resource}: stopping (pid {Pid})")]
    public static partial void Stopping(ILogger logger, string resource, int pid);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Resource}: graceful stop failed: {Reason}")]
    public static partial void StopRequestFailed(ILogger logger, string resource, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Resource}: still running {Seconds:0} s after the stop request; killing its process tree")]
    public static partial void Killing(ILogger logger, string resource, double seconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Resource}: stopped")]
    public static partial void Stopped(ILogger logger, string resource);

    [LoggerMessage(Level = LogLevel.Information, Message = "Data folder: {DataDirectory}")]
    public static partial void DataFolder(ILogger logger, string dataDirectory);

    [LoggerMessage(Level = LogLevel.Error, Message = "The platform did not start: {Reason}")]
    public static partial void PlatformFailed(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "All resources stopped")]
    public static partial void AllStopped(ILogger logger);
}
