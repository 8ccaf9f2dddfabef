using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace McodeBench.Engine.Persistence.Conversions;

/// <summary>
/// Stores every <see cref="DateTime"/> as UTC, to the microsecond, and reads it back as UTC. SQLite keeps text
/// without a kind, so without this a stored UTC time would come back as <see cref="DateTimeKind.Unspecified"/>;
/// PostgreSQL keeps microseconds, so both providers are cut there and return the same value. A non-UTC value is
/// refused rather than guessed at.
/// </summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    value => ToStored(value),
    stored => DateTime.SpecifyKind(stored, DateTimeKind.Utc))
{
    private const long TicksPerMicrosecond = TimeSpan.TicksPerMillisecond / 1000;

    public static DateTime ToStored(DateTime value) => value.Kind == DateTimeKind.Utc
        ? new DateTime(value.Ticks - (value.Ticks % TicksPerMicrosecond), DateTimeKind.Utc)
        : throw new ArgumentException($"Times are stored in UTC; got a {value.Kind} time ({value:O}). Pass DateTime.UtcNow or TimeProvider.GetUtcNow().UtcDateTime.", nameof(value));
}
