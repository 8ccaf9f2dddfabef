using System.Globalization;
using McodeBench.Core.Statistics.Intervals;

namespace McodeBench.Web.Formatting;

/// <summary>
/// How the pages write the statistics layer's figures (docs/statistics.md): a point with its 95 % interval as
/// "0.812 [0.771, 0.850]", differences signed with a true minus sign, p-values to three places ("&lt;0.001" below
/// that). Undefined is "—", never 0 or 1.
/// </summary>
public static class StatisticsText
{
    /// <summary>"0.812 [0.771, 0.850]"; the point alone when it has no interval; "—" when undefined.</summary>
    public static string ScoreWithInterval(double? point, ConfidenceInterval? interval) => point is null
        ? DisplayText.Undefined
        : interval is null ? DisplayText.Score(point) : $"{DisplayText.Score(point)} {Interval(interval)}";

    /// <summary>"[0.771, 0.850]", or "—" without an interval.</summary>
    public static string Interval(ConfidenceInterval? interval) => interval is null
        ? DisplayText.Undefined
        : $"[{Signed(interval.Lower, plus: false)}, {Signed(interval.Upper, plus: false)}]";

    /// <summary>A difference: "+0.021", "−0.021", "0.000"; "—" when undefined.</summary>
    public static string Delta(double? delta) => delta is double d ? Signed(d, plus: true) : DisplayText.Undefined;

    /// <summary>A difference with its interval: "−0.021 [−0.050, 0.008]".</summary>
    public static string DeltaWithInterval(double? delta, ConfidenceInterval? interval) => delta is null
        ? DisplayText.Undefined
        : interval is null ? Delta(delta) : $"{Delta(delta)} {Interval(interval)}";

    /// <summary>"0.042", "&lt;0.001", "1.000"; "—" when undefined.</summary>
    public static string PValue(double? p) => p switch
    {
        null => DisplayText.Undefined,
        < 0.001 => "<0.001",
        _ => p.Value.ToString("0.000", CultureInfo.InvariantCulture),
    };

    /// <summary>US dollars to three significant digits, so a cost per correct entity of $0.0000312 is not shown as $0.0000.</summary>
    public static string Money(decimal? value)
    {
        if (value is not decimal money)
        {
            return DisplayText.Undefined;
        }

        if (money == 0m || Math.Abs(money) >= 0.01m)
        {
            return DisplayText.Money(money);
        }

        var digits = Math.Min(12, 2 - (int)Math.Floor(Math.Log10((double)Math.Abs(money))));
        return "$" + Math.Round(money, digits).ToString("0." + new string('#', digits), CultureInfo.InvariantCulture);
    }

    /// <summary>A number without thousands grouping to three places, e.g. F1 per dollar.</summary>
    public static string Number(double? value) => value is double v ? v.ToString("#,0.###", CultureInfo.InvariantCulture) : DisplayText.Undefined;

    private static string Signed(double value, bool plus)
    {
        var text = Math.Abs(value).ToString("0.000", CultureInfo.InvariantCulture);
        if (text == "0.000")
        {
            return text;
        }

        return value < 0 ? "\u2212" + text : plus ? "+" + text : text;
    }
}
