namespace McodeBench.Engine.Orchestration;

/// <summary>A run the engine stored and queued.</summary>
public sealed record StartedRun(string RunId, string Name, int TaskCount);
