using System.Globalization;

namespace McodeBench.Cli;

/// <summary>How numbers are shown: undefined values as "—", never as 0 or 1 (SCORING.md).</summary>
internal static class MetricText
{
    public const string Undefined = "—";

    public static string Score(double? value) => value is double v ? v.ToString("0.000", CultureInfo.InvariantCulture) : Undefined;

    public static string Percent(double? value) => value is double v ? v.ToString("0.0%", CultureInfo.InvariantCulture) : Undefined;

    public static string Money(decimal value) => "$" + value.ToString("0.0000", CultureInfo.InvariantCulture);

    public static string Milliseconds(double? value) => value is double v ? v.ToString("0", CultureInfo.InvariantCulture) + " ms" : Undefined;
}
