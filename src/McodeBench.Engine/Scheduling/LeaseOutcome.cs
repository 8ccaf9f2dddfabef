using McodeBench.Core.Pipelines;

namespace McodeBench.Engine.Scheduling;

/// <summary>The outcome a <see cref="SchedulerLease"/> is completed with.</summary>
/// <param name="RetryAfter">For <see cref="LeaseOutcomeKind.RateLimited"/>: the provider's Retry-After, when it sent one.</param>
public sealed record LeaseOutcome(LeaseOutcomeKind Kind, TimeSpan? RetryAfter = null)
{
    public static LeaseOutcome Succeeded { get; } = new(LeaseOutcomeKind.Succeeded);

    public static LeaseOutcome Failed { get; } = new(LeaseOutcomeKind.Failed);

    public static LeaseOutcome Cancelled { get; } = new(LeaseOutcomeKind.Cancelled);

    public static LeaseOutcome RateLimited(TimeSpan? retryAfter = null) => new(LeaseOutcomeKind.RateLimited, retryAfter);

    /// <summary>The outcome of a task that failed with <paramref name="failure"/>.</summary>
    public static LeaseOutcome FromFailure(FailureClass failure, TimeSpan? retryAfter = null) => failure switch
    {
        FailureClass.RateLimited => RateLimited(retryAfter),
        FailureClass.Cancelled => Cancelled,
        _ => Failed,
    };
}
