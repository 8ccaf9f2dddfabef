namespace McodeBench.Engine.Persistence.Events;

/// <summary>One structured log line of the engine (table <c>events</c>); ids increase, so readers resume after the last id seen.</summary>
public sealed class EventRow
{
    public long Id { get; set; }

    public string? RunId { get; set; }

    public string? TaskId { get; set; }

    public DateTime TimeUtc { get; set; }

    public EventLevel Level { get; set; }

    public required string Message { get; set; }

    /// <summary>Structured properties as a JSON object of strings, or null.</summary>
    public string? PropertiesJson { get; set; }
}
