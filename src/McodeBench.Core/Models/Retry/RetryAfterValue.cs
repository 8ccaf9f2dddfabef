using System.Globalization;

namespace McodeBench.Core.Models.Retry;

/// <summary>
/// Parses the HTTP <c>Retry-After</c> header (delay-seconds or an HTTP date, RFC 9110 §10.2.3) and OpenAI's
/// <c>retry-after-ms</c>. Code that throws an <see cref="HttpRequestException"/> can carry the header's value in
/// <c>exception.Data[RetryAfterValue.HeaderName]</c> so the retry middleware honours it.
/// </summary>
public static class RetryAfterValue
{
    public const string HeaderName = "Retry-After";

    public const string MillisecondsHeaderName = "retry-after-ms";

    /// <summary>The delay a <c>Retry-After</c> value asks for, relative to <paramref name="now"/>; null when unreadable.</summary>
    public static TimeSpan? Parse(string? value, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var trimmed = value.Trim();
        if (double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds))
        {
            return seconds >= 0 ? TimeSpan.FromSeconds(seconds) : null;
        }

        if (DateTimeOffset.TryParseExact(trimmed, "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            || DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out date))
        {
            var delay = date - now;
            return delay > TimeSpan.Zero ? delay : TimeSpan.Zero;
        }

        return null;
    }

    /// <summary>Parses <c>retry-after-ms</c> (milliseconds, possibly fractional); null when unreadable.</summary>
    public static TimeSpan? ParseMilliseconds(string? value) =>
        double.TryParse(value?.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var ms) && ms >= 0
            ? TimeSpan.FromMilliseconds(ms)
            : null;
}
