namespace LandPlatform.Messaging.Operations;

/// <summary>
/// One of this service's queues and its error queue. <see cref="Exists"/> is false until MassTransit first moves
/// a message there (it declares error queues lazily), which reads as "nothing ever failed here".
/// </summary>
public sealed record ErrorQueueInfo(string Queue, string ErrorQueue, bool Exists, uint Messages);

/// <summary>
/// What a replay did: <see cref="Moved"/> messages went back to <see cref="Queue"/>; <see cref="StoppedBecause"/>
/// names the failure that ended it early (the message being moved then stayed in the error queue);
/// <see cref="Remaining"/> is null when the failure left the count unknown.
/// </summary>
public sealed record ErrorQueueReplay(string Queue, string ErrorQueue, int Requested, int Moved, uint? Remaining, string? StoppedBecause);
