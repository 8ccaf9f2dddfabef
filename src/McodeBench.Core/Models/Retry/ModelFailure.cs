using McodeBench.Core.Pipelines;

namespace McodeBench.Core.Models.Retry;

/// <summary>What went wrong in one attempt of a model call, as the retry middleware sees it.</summary>
/// <param name="Failure">The failure class reported if this is the last attempt.</param>
/// <param name="IsRetryable">True for rate limits, timeouts, 5xx and transport errors; false for other 4xx and unknown errors.</param>
/// <param name="StatusCode">HTTP status of the attempt, when a response arrived.</param>
/// <param name="RetryAfter">How long the server asked us to wait, when it said so.</param>
/// <param name="Description">A sentence for the user; never contains credentials.</param>
public sealed record ModelFailure(
    FailureClass Failure,
    bool IsRetryable,
    int? StatusCode,
    TimeSpan? RetryAfter,
    string Description);
