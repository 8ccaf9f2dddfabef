using McodeBench.Engine.Persistence.Events;

namespace McodeBench.Cli.Engine;

/// <summary>The log colours, the same on the console and in the web tracker: Info blue, Success green, Warning yellow, Error red, Debug grey.</summary>
internal static class EventColours
{
    public static string Of(EventLevel level) => level switch
    {
        EventLevel.Info => "blue",
        EventLevel.Success => "green",
        EventLevel.Warning => "yellow",
        EventLevel.Error => "red",
        _ => "grey",
    };
}
