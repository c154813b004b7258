using LandPlatform.SeedWork;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace LandPlatform.Credit.Infrastructure;

/// <summary>
/// Instants as Unix milliseconds: SQLite can then compare and order them (the scheduled job's
/// "period ended before now", the public list's "newest first"). The offset is not kept; the domain
/// works in instants and derives Beijing dates itself (<see cref="SeedWork.ChinaTime"/>).
/// </summary>
internal sealed class UnixMillisecondsConverter() : ValueConverter<DateTimeOffset, long>(
    v => v.ToUnixTimeMilliseconds(),
    v => DateTimeOffset.FromUnixTimeMilliseconds(v));
