namespace McodeBench.Core.Scoring;

/// <summary>How failed tasks enter an aggregate.</summary>
public enum AggregateView
{
    /// <summary>A failed task counts as an empty prediction (its gold items are missed). The default for ranking.</summary>
    AllAttempts,

    /// <summary>Failed tasks are left out.</summary>
    SuccessfulOnly,
}
