using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace LandPlatform.Contracts.Infrastructure;

/// <summary>Instants as Unix milliseconds, so SQLite can compare and order them (as credit and the outbox do).</summary>
internal sealed class UnixMillisecondsConverter() : ValueConverter<DateTimeOffset, long>(
    v => v.ToUnixTimeMilliseconds(),
    v => DateTimeOffset.FromUnixTimeMilliseconds(v));
