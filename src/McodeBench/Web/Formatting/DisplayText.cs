using System.Globalization;

namespace McodeBench.Web.Formatting;

/// <summary>
/// How the tracker writes numbers and times: invariant culture, UTC, and "—" for an undefined value (never 0 or 1;
/// SCORING.md).
/// </summary>
public static class DisplayText
{
    public const string Undefined = "—";

    public static string Score(double? value) => value is double v ? v.ToString("0.000", CultureInfo.InvariantCulture) : Undefined;

    public static string Percent(double? value) => value is double v ? v.ToString("0.0%", CultureInfo.InvariantCulture) : Undefined;

    public static string Money(decimal value) => "$" + value.ToString("0.0000", CultureInfo.InvariantCulture);

    public static string Count(long value) => value.ToString("#,0", CultureInfo.InvariantCulture);

    /// <summary><c>2026-11-27 14:03:05Z</c>; "—" when there is no time.</summary>
    public static string Utc(DateTime? value) => value is DateTime t
        ? DateTime.SpecifyKind(t, DateTimeKind.Utc).ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture)
        : Undefined;

    /// <summary><c>14:03:05.123</c> (UTC), for log lines.</summary>
    public static string UtcTimeOfDay(DateTime value) => value.ToString("HH:mm:ss.fff", CultureInfo.InvariantCulture);

    /// <summary>A duration as people read it: <c>850 ms</c>, <c>12.4 s</c>, <c>3 min 20 s</c>, <c>2 h 05 min</c>.</summary>
    public static string Duration(TimeSpan? value)
    {
        if (value is not TimeSpan span)
        {
            return Undefined;
        }

        if (span < TimeSpan.FromSeconds(1))
        {
            return span.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture) + " ms";
        }

        if (span < TimeSpan.FromMinutes(1))
        {
            return span.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s";
        }

        if (span < TimeSpan.FromHours(1))
        {
            return string.Create(CultureInfo.InvariantCulture, $"{(int)span.TotalMinutes} min {span.Seconds:00} s");
        }

        return string.Create(CultureInfo.InvariantCulture, $"{(int)span.TotalHours} h {span.Minutes:00} min");
    }

    /// <summary>Tasks per second, or per minute when slower than one a second.</summary>
    public static string Rate(double? tasksPerSecond) => tasksPerSecond switch
    {
        null => Undefined,
        >= 1 => tasksPerSecond.Value.ToString("0.0", CultureInfo.InvariantCulture) + " tasks/s",
        _ => (tasksPerSecond.Value * 60).ToString("0.0", CultureInfo.InvariantCulture) + " tasks/min",
    };
}
