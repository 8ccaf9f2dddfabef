using McodeBench.Core.Scoring;

namespace McodeBench.Engine.Persistence.Rescoring;

/// <summary>A task's new score report from a rescore; null when the task no longer has gold to be scored against.</summary>
public sealed record RescoredTask(string TaskId, int AttemptNumber, ScoreReport? Report);
