namespace McodeBench.Core.Reports.Exporters;

/// <summary>
/// One value of an exported row, typed, so numbers stay numbers in every format (a negative number is never taken for
/// a formula) and an undefined figure stays empty instead of becoming 0.
/// </summary>
public readonly record struct ExportCell
{
    private ExportCell(ExportCellKind kind, string? text = null, long wholeNumber = 0, double number = 0, decimal money = 0, bool boolean = false, DateTime timestamp = default)
    {
        Kind = kind;
        Text = text;
        WholeNumber = wholeNumber;
        Number = number;
        Money = money;
        Boolean = boolean;
        Timestamp = timestamp;
    }

    public static ExportCell Empty { get; }

    public ExportCellKind Kind { get; }

    public string? Text { get; }

    public long WholeNumber { get; }

    public double Number { get; }

    public decimal Money { get; }

    public bool Boolean { get; }

    public DateTime Timestamp { get; }

    public bool IsEmpty => Kind == ExportCellKind.Empty;

    /// <summary>Text; null is empty.</summary>
    public static ExportCell Of(string? text) => text is null ? Empty : new(ExportCellKind.Text, text: text);

    public static ExportCell Of(long value) => new(ExportCellKind.WholeNumber, wholeNumber: value);

    /// <summary>An integer that exists only when its source does (a count of a score report that may be missing).</summary>
    public static ExportCell Of(long? value) => value is long v ? Of(v) : Empty;

    /// <summary>A number; null (undefined) and non-finite values are empty.</summary>
    public static ExportCell Of(double? value) => value is double v && double.IsFinite(v) ? new(ExportCellKind.Number, number: v) : Empty;

    public static ExportCell Of(decimal value) => new(ExportCellKind.Money, money: value);

    public static ExportCell Of(bool value) => new(ExportCellKind.Boolean, boolean: value);

    /// <summary>A UTC time; null is empty.</summary>
    /// <exception cref="ArgumentException">The time is not UTC: exports never guess a time zone.</exception>
    public static ExportCell Of(DateTime? value)
    {
        if (value is not DateTime time)
        {
            return Empty;
        }

        if (time.Kind != DateTimeKind.Utc)
        {
            throw new ArgumentException($"Exported times are UTC; got {time:O} of kind {time.Kind}.", nameof(value));
        }

        return new(ExportCellKind.Timestamp, timestamp: time);
    }

    public override string ToString() => Kind switch
    {
        ExportCellKind.Empty => string.Empty,
        ExportCellKind.Text => Text!,
        ExportCellKind.WholeNumber => WholeNumber.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ExportCellKind.Number => Number.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
        ExportCellKind.Money => Money.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ExportCellKind.Boolean => Boolean ? "true" : "false",
        ExportCellKind.Timestamp => Timestamp.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        _ => throw new InvalidOperationException($"Unknown cell kind {Kind}."),
    };
}
