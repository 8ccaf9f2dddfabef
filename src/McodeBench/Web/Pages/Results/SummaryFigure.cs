namespace McodeBench.Web.Pages.Results;

/// <summary>One line of the summary table: its name, its raw value (for exports) and how the page writes it.</summary>
public sealed record SummaryFigure(string Name, Func<ResultsSummary, object?> Value, Func<ResultsSummary, string> Display);
