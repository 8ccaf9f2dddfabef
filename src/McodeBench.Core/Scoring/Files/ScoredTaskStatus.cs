namespace McodeBench.Core.Scoring.Files;

/// <summary>How a gold trial's task was scored from files.</summary>
public enum ScoredTaskStatus
{
    /// <summary>The predictions gave a prediction for it.</summary>
    Scored,

    /// <summary>The predictions recorded a failure (or a raw output that does not parse): scored as a failed task.</summary>
    Failed,

    /// <summary>The predictions say nothing about it: scored as an empty prediction, so every gold item is MIS.</summary>
    PredictionMissing,
}
