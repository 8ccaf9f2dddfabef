using Plotly.Blazor;
using Plotly.Blazor.LayoutLib;

namespace McodeBench.Web.Components.Charts;

/// <summary>The tracker's chart layout: compact margins so charts fit a 390-pixel phone, axis titles, automatic margins for long labels.</summary>
public static class ChartLayouts
{
    public static Plotly.Blazor.Layout Standard(string? xTitle, string? yTitle, int height) => new()
    {
        Height = height,
        AutoSize = true,
        Margin = new Margin { L = 48, R = 16, T = 16, B = 48 },
        ShowLegend = true,
        Legend = [new Legend { Orientation = Plotly.Blazor.LayoutLib.LegendLib.OrientationEnum.H }],
        XAxis = [new XAxis { Title = new Plotly.Blazor.LayoutLib.XAxisLib.Title { Text = xTitle }, AutoMargin = Plotly.Blazor.LayoutLib.XAxisLib.AutoMarginFlag.True }],
        YAxis = [new YAxis { Title = new Plotly.Blazor.LayoutLib.YAxisLib.Title { Text = yTitle }, AutoMargin = Plotly.Blazor.LayoutLib.YAxisLib.AutoMarginFlag.True }],
    };

    // Scores (F1, precision, recall, compliance) always on 0–1, so a chart of perfect scores does not stretch to 2 and
    // two charts compare at a glance.
    private static readonly object[] ScoreRange = [0d, 1.05d];

    /// <summary>A score (y, 0–1) against a non-negative quantity such as cost (x, from 0).</summary>
    public static Plotly.Blazor.Layout ScoreAgainst(string? xTitle, string? yTitle, int height)
    {
        var layout = Standard(xTitle, yTitle, height);
        layout.YAxis[0].Range = ScoreRange;
        layout.XAxis[0].RangeMode = Plotly.Blazor.LayoutLib.XAxisLib.RangeModeEnum.NonNegative;
        return layout;
    }

    /// <summary>
    /// Horizontal bars: the categories (combinations, elements, types) down the y axis, first at the top, each label in
    /// full (the margin grows to fit it) and the chart tall enough for every bar, so no label is cut or overlaps
    /// another (issue 13, item 12). <paramref name="linesPerCategory"/> is how many lines the longest label takes.
    /// </summary>
    public static Plotly.Blazor.Layout HorizontalBars(string? valueTitle, int categories, int linesPerCategory = 1) => new()
    {
        Height = Math.Max(220, 90 + (categories * Math.Max(24, 15 * linesPerCategory + 10))),
        AutoSize = true,
        Margin = new Margin { L = 8, R = 16, T = 16, B = 48 },
        ShowLegend = true,
        Legend = [new Legend { Orientation = Plotly.Blazor.LayoutLib.LegendLib.OrientationEnum.H }],
        XAxis = [new XAxis { Title = new Plotly.Blazor.LayoutLib.XAxisLib.Title { Text = valueTitle }, AutoMargin = Plotly.Blazor.LayoutLib.XAxisLib.AutoMarginFlag.True, Range = ScoreRange }],
        YAxis = [new YAxis { AutoMargin = Plotly.Blazor.LayoutLib.YAxisLib.AutoMarginFlag.True, AutoRange = Plotly.Blazor.LayoutLib.YAxisLib.AutoRangeEnum.Reversed, TickFont = new Plotly.Blazor.LayoutLib.YAxisLib.TickFont { Size = 11 } }],
    };
}
