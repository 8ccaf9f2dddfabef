namespace McodeBench.Core.Reports.Summaries;

/// <summary>What a <see cref="SummaryFigure"/> measures, which says how it is shown ("—" for undefined whatever the kind).</summary>
public enum SummaryFigureKind
{
    /// <summary>Tasks, tokens or cache hits.</summary>
    Count,

    /// <summary>A share from 0 to 1, shown as a percentage.</summary>
    Rate,

    /// <summary>Precision, recall or F1, from 0 to 1.</summary>
    Score,

    /// <summary>US dollars.</summary>
    Money,

    /// <summary>A duration in milliseconds.</summary>
    Milliseconds,
}
