namespace McodeBench.Core.Reports.Summaries;

/// <summary>
/// One line of a run's summary: a stable snake_case key (exports), the name people read, what kind of figure it is
/// (so every front end writes it the same way) and its raw value: an int, long, decimal or double, or null when undefined.
/// </summary>
public sealed record SummaryFigure(string Key, string Name, SummaryFigureKind Kind, Func<ResultsSummary, object?> Value);
