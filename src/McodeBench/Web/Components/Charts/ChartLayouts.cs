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
        XAxis = [new XAxis { Title = new Plotly.Blazor.LayoutLib.XAxisLib.Title { Text = xTitle } }],
        YAxis = [new YAxis { Title = new Plotly.Blazor.LayoutLib.YAxisLib.Title { Text = yTitle } }],
    };
}
