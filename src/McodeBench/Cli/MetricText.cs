using System.Globalization;
using McodeBench.Core.Statistics.Intervals;

namespace McodeBench.Cli;

/// <summary>How numbers are shown: undefined values as "—", never as 0 or 1 (SCORING.md).</summary>
internal static class MetricText
{
    public const string Undefined = "—";

    public static string Score(double? value) => value is double v ? v.ToString("0.000", CultureInfo.InvariantCulture) : Undefined;

    /// <summary>"0.812 [0.771, 0.850]"; the interval part is left out when the interval is undefined.</summary>
    public static string ScoreWithInterval(double? value, ConfidenceInterval? interval) =>
        value is null ? Undefined : interval is null ? Score(value) : $"{Score(value)} {Interval(interval)}";

    /// <summary>"[0.771, 0.850]", or "—".</summary>
    public static string Interval(ConfidenceInterval? interval) =>
        interval is null ? Undefined : $"[{Signed(interval.Lower, plus: false)}, {Signed(interval.Upper, plus: false)}]";

    /// <summary>A difference with its sign ("+0.012", "−0.031", "0.000"), the minus a real minus sign.</summary>
    public static string Delta(double? value) => value is double v ? Signed(v, plus: true) : Undefined;

    /// <summary>"+0.012 [−0.004, 0.031]".</summary>
    public static string DeltaWithInterval(double? value, ConfidenceInterval? interval) =>
        value is null ? Undefined : interval is null ? Delta(value) : $"{Delta(value)} {Interval(interval)}";

    /// <summary>A p-value to three decimals; below 0.001 as "&lt;0.001" (a permutation p is never exactly 0).</summary>
    public static string PValue(double? value) => value switch
    {
        null => Undefined,
        < 0.001 => "<0.001",
        { } v => v.ToString("0.000", CultureInfo.InvariantCulture),
    };

    public static string Percent(double? value) => value is double v ? v.ToString("0.0%", CultureInfo.InvariantCulture) : Undefined;

    public static string Money(decimal value) => "$" + value.ToString("0.0000", CultureInfo.InvariantCulture);

    /// <summary>Small per-unit amounts (cost per correct entity): six decimals, so $0.000092 is not shown as $0.0001.</summary>
    public static string UnitMoney(decimal? value) => value is decimal v ? "$" + v.ToString("0.000000", CultureInfo.InvariantCulture) : Undefined;

    public static string Milliseconds(double? value) => value is double v ? v.ToString("0", CultureInfo.InvariantCulture) + " ms" : Undefined;

    private static string Signed(double value, bool plus)
    {
        var text = Math.Abs(value).ToString("0.000", CultureInfo.InvariantCulture);
        return text == "0.000" ? text : value < 0 ? "−" + text : plus ? "+" + text : text;
    }
}
