using OpenTelemetry.Trace;

namespace LandPlatform.ServiceDefaults.Telemetry;

/// <summary>
/// Starts at most <c>perSecond</c> new traces a second in this process (a token bucket that holds one second's
/// worth), and drops the rest; the platform puts it under <see cref="ParentBasedSampler"/>, so a request that
/// arrives with its caller's decision keeps it and every trace stays whole across services. Clerks' traffic (tens of
/// requests a second) is traced request by request, as before. A flood is not: issue 15's benchmark found the Aspire
/// dashboard spending more CPU ingesting one span than pricing spent answering the request (143 µs against 122 µs
/// per light GET; 607 µs per request through the gateway, which makes three spans), on the same two cores as the
/// services. Tracing every request of a flood took about two thirds of the platform's capacity and buried the
/// operators' view under identical traces. Metrics still count every request; logs are still exported.
/// </summary>
public sealed class TraceRateSampler : Sampler
{
    private readonly Lock _bucket = new();
    private readonly double _perSecond;
    private readonly TimeProvider _time;
    private double _tokens;
    private long _refilledAt;

    public TraceRateSampler(double perSecond, TimeProvider time)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(perSecond);
        _perSecond = perSecond;
        _time = time;
        _tokens = perSecond;
        _refilledAt = time.GetTimestamp();
        Description = $"TraceRateSampler{{{perSecond}/s}}";
    }

    public override SamplingResult ShouldSample(in SamplingParameters samplingParameters)
    {
        lock (_bucket)
        {
            var now = _time.GetTimestamp();
            _tokens = Math.Min(_perSecond, _tokens + (_time.GetElapsedTime(_refilledAt, now).TotalSeconds * _perSecond));
            _refilledAt = now;
            if (_tokens >= 1)
            {
                _tokens -= 1;
                return new SamplingResult(SamplingDecision.RecordAndSample);
            }
        }

        return new SamplingResult(SamplingDecision.Drop);
    }
}
