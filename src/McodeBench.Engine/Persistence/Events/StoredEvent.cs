namespace McodeBench.Engine.Persistence.Events;

/// <summary>An event as stored; <see cref="Id"/> increases in the order events were appended.</summary>
public sealed record StoredEvent(
    long Id,
    DateTime TimeUtc,
    EventLevel Level,
    string Message,
    string? RunId,
    string? TaskId,
    IReadOnlyDictionary<string, string> Properties);
