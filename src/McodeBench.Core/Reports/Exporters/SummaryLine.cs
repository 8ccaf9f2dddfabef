using McodeBench.Core.Reports.Summaries;

namespace McodeBench.Core.Reports.Exporters;

/// <summary>One figure of a run's summary, as a row of a summary export.</summary>
public sealed record SummaryLine(SummaryFigure Figure, ResultsSummary Summary);
