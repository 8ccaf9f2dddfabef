namespace McodeBench.Engine.Persistence.Events;

/// <summary>An event to append; without a time it is stamped when appended.</summary>
public sealed record NewEvent(
    EventLevel Level,
    string Message,
    string? RunId = null,
    string? TaskId = null,
    IReadOnlyDictionary<string, string>? Properties = null,
    DateTime? TimeUtc = null);
