namespace McodeBench.Engine.Persistence.Events;

/// <summary>Severity of an engine event; the console and the web tracker colour them alike (Info blue, Success green, Warning yellow, Error red).</summary>
public enum EventLevel
{
    Debug,
    Info,
    Success,
    Warning,
    Error,
}
