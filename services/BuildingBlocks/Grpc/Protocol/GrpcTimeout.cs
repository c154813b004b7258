using System.Globalization;

namespace LandPlatform.Grpc.Protocol;

/// <summary>
/// grpc-timeout → TimeoutValue TimeoutUnit: 1–8 ASCII digits then one of H M S m u n
/// (PROTOCOL-HTTP2.md, "Timeout").
/// </summary>
internal static class GrpcTimeout
{
    private const int MaxDigits = 8;
    private const long MaxValue = 99_999_999;

    public static bool TryParse(string? value, out TimeSpan timeout)
    {
        timeout = default;
        if (string.IsNullOrEmpty(value) || value.Length < 2 || value.Length > MaxDigits + 1)
        {
            return false;
        }

        var digits = value.AsSpan(0, value.Length - 1);
        foreach (var c in digits)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        var amount = long.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
        long? ticks = value[^1] switch
        {
            'H' => amount * TimeSpan.TicksPerHour,
            'M' => amount * TimeSpan.TicksPerMinute,
            'S' => amount * TimeSpan.TicksPerSecond,
            'm' => amount * TimeSpan.TicksPerMillisecond,
            'u' => amount * TimeSpan.TicksPerMicrosecond,
            // A tick is 100 ns: round up so a tiny timeout is never turned into "no time at all".
            'n' => (amount + 99) / 100,
            _ => null,
        };
        if (ticks is null)
        {
            return false;
        }

        timeout = TimeSpan.FromTicks(ticks.Value);
        return true;
    }

    /// <summary>Encodes with the finest unit that fits in 8 digits, rounding up so the
    /// server never sees a shorter deadline than the caller asked for.</summary>
    public static string Format(TimeSpan timeout)
    {
        if (timeout <= TimeSpan.Zero)
        {
            return "1n";
        }

        var ticks = timeout.Ticks;
        if (CeilDiv(ticks, TimeSpan.TicksPerMillisecond) is var ms && ms <= MaxValue)
        {
            return ms.ToString(CultureInfo.InvariantCulture) + "m";
        }

        if (CeilDiv(ticks, TimeSpan.TicksPerSecond) is var s && s <= MaxValue)
        {
            return s.ToString(CultureInfo.InvariantCulture) + "S";
        }

        if (CeilDiv(ticks, TimeSpan.TicksPerMinute) is var m && m <= MaxValue)
        {
            return m.ToString(CultureInfo.InvariantCulture) + "M";
        }

        return Math.Min(CeilDiv(ticks, TimeSpan.TicksPerHour), MaxValue).ToString(CultureInfo.InvariantCulture) + "H";
    }

    // Written without value + divisor - 1, which overflows near TimeSpan.MaxValue.
    private static long CeilDiv(long value, long divisor) => (value / divisor) + (value % divisor == 0 ? 0 : 1);
}
