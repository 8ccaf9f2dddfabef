using McodeBench.Engine.Persistence.Events;
using MudBlazor;

namespace McodeBench.Web.Components.Log;

/// <summary>How a log level is drawn: Info blue, Success green, Warning yellow, Error red, Debug grey (as on the console).</summary>
public sealed record LogLevelLook(string CssClass, Color Color, string Label)
{
    public static LogLevelLook Of(EventLevel level) => level switch
    {
        EventLevel.Debug => new("mcb-level-debug", Color.Default, "Debug"),
        EventLevel.Info => new("mcb-level-info", Color.Info, "Info"),
        EventLevel.Success => new("mcb-level-success", Color.Success, "Success"),
        EventLevel.Warning => new("mcb-level-warning", Color.Warning, "Warning"),
        EventLevel.Error => new("mcb-level-error", Color.Error, "Error"),
        _ => new("mcb-level-info", Color.Default, level.ToString()),
    };
}
