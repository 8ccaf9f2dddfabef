using System.Net;
using McodeBench.Core.Models;

namespace McodeBench.Core.Pipelines;

/// <summary>
/// Maps an exception thrown by a model call to a <see cref="FailureClass"/>, and describes it without secrets.
/// </summary>
public static class FailureClassifier
{
    /// <summary>The failure class of <paramref name="exception"/>.</summary>
    /// <param name="callerToken">
    /// The token the caller passed: a cancellation is the caller's (cancelled) only when this token asked for it;
    /// any other cancellation is a timeout inside the client (e.g. <c>HttpClient.Timeout</c>).
    /// </param>
    public static FailureClass Classify(Exception exception, CancellationToken callerToken)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return Unwrap(exception) switch
        {
            ModelCallException call => call.Failure,
            OperationCanceledException when callerToken.IsCancellationRequested => FailureClass.Cancelled,
            OperationCanceledException or TimeoutException => FailureClass.Timeout,
            HttpRequestException { StatusCode: HttpStatusCode.TooManyRequests } => FailureClass.RateLimited,
            HttpRequestException { StatusCode: HttpStatusCode.RequestTimeout or HttpStatusCode.GatewayTimeout } => FailureClass.Timeout,
            _ => FailureClass.ProviderError,
        };
    }

    /// <summary>A one-line description: exception type, HTTP status when known, message, with credentials masked.</summary>
    public static string Describe(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var inner = Unwrap(exception);
        var status = inner switch
        {
            ModelCallException { StatusCode: int code } => $" (HTTP {code})",
            HttpRequestException { StatusCode: HttpStatusCode code } => $" (HTTP {(int)code})",
            _ => string.Empty,
        };
        var message = inner.Message;
        if (inner.InnerException is { } cause && !string.IsNullOrWhiteSpace(cause.Message) && !message.Contains(cause.Message, StringComparison.Ordinal))
        {
            message += " ← " + cause.Message;
        }

        return SecretScrubber.Scrub($"{inner.GetType().Name}{status}: {message}");
    }

    private static Exception Unwrap(Exception exception) =>
        exception is AggregateException { InnerExceptions.Count: 1 } aggregate ? Unwrap(aggregate.InnerExceptions[0]) : exception;
}
