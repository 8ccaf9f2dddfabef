namespace McodeBench.Engine.Scheduling;

/// <summary>How a dispatched task ended, as far as the scheduler's gates care.</summary>
public enum LeaseOutcomeKind
{
    /// <summary>The provider served the task; the model's backoff recovers a step.</summary>
    Succeeded,

    /// <summary>Ended without a result for a reason other than rate limiting; the gates only free the slot.</summary>
    Failed,

    /// <summary>The provider said 429 / rate_limited; the model backs off.</summary>
    RateLimited,

    /// <summary>Stopped by a control or shutdown; the gates only free the slot.</summary>
    Cancelled,
}
