using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace McodeBench.Engine.Persistence.Conversions;

/// <summary>
/// Stores every <see cref="DateTime"/> as UTC and reads it back as UTC: SQLite keeps text without a kind, so without
/// this a stored UTC time would come back as <see cref="DateTimeKind.Unspecified"/>. A non-UTC value is refused
/// rather than guessed at.
/// </summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    value => RequireUtc(value),
    stored => DateTime.SpecifyKind(stored, DateTimeKind.Utc))
{
    public static DateTime RequireUtc(DateTime value) => value.Kind == DateTimeKind.Utc
        ? value
        : throw new ArgumentException($"Times are stored in UTC; got a {value.Kind} time ({value:O}). Pass DateTime.UtcNow or TimeProvider.GetUtcNow().UtcDateTime.", nameof(value));
}
