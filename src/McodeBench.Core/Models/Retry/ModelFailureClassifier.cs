using System.ClientModel;
using System.ClientModel.Primitives;
using System.Net.Sockets;
using Anthropic.Exceptions;
using McodeBench.Core.Pipelines;

namespace McodeBench.Core.Models.Retry;

/// <summary>
/// Turns the exceptions of the provider SDKs (OpenAI / System.ClientModel, Anthropic, OllamaSharp) and of the
/// transport into one <see cref="ModelFailure"/>: 429 is a rate limit, 408 and timeouts are timeouts, 5xx and
/// unreachable endpoints are retryable provider errors, other 4xx are permanent provider errors.
/// </summary>
public sealed class ModelFailureClassifier(TimeProvider timeProvider)
{
    /// <summary>
    /// The failure behind <paramref name="exception"/>, or null when it is the caller's own cancellation (which is not
    /// a failure of the model and must propagate unchanged).
    /// </summary>
    public ModelFailure? Classify(Exception exception, string endpoint, CancellationToken callerToken)
    {
        ArgumentNullException.ThrowIfNull(exception);
        if (exception is OperationCanceledException && callerToken.IsCancellationRequested)
        {
            return null;
        }

        switch (exception)
        {
            case ModelCallException known:
                return new ModelFailure(
                    known.Failure,
                    known.Failure is FailureClass.RateLimited or FailureClass.Timeout
                        || (known.Failure == FailureClass.ProviderError && known.StatusCode is null or >= 500),
                    known.StatusCode,
                    null,
                    known.Message);
            case ClientResultException { Status: > 0 } result:
                return FromStatus(result.Status, RetryAfterFrom(result.GetRawResponse()?.Headers), result.Message);
            case AnthropicApiException api:
                return FromStatus((int)api.StatusCode, null, api.Message);
            case HttpRequestException { StatusCode: { } status } http:
                return FromStatus((int)status, RetryAfterFrom(http.Data), http.Message);
            default:
                break;
        }

        if (FindInChain<TimeoutException>(exception) is not null || exception is OperationCanceledException)
        {
            return new ModelFailure(FailureClass.Timeout, true, null, null, $"The call to {endpoint} timed out.");
        }

        if (IsTransportFailure(exception))
        {
            return new ModelFailure(
                FailureClass.ProviderError,
                true,
                null,
                null,
                $"The endpoint {endpoint} could not be reached: {Innermost(exception).Message}");
        }

        return new ModelFailure(FailureClass.ProviderError, false, null, null, exception.Message);
    }

    private static ModelFailure FromStatus(int status, TimeSpan? retryAfter, string message) => status switch
    {
        429 => new ModelFailure(FailureClass.RateLimited, true, status, retryAfter, $"Rate limited (HTTP 429): {message}"),
        408 => new ModelFailure(FailureClass.Timeout, true, status, retryAfter, $"Request timeout (HTTP 408): {message}"),
        >= 500 => new ModelFailure(FailureClass.ProviderError, true, status, retryAfter, $"Provider error (HTTP {status}): {message}"),
        _ => new ModelFailure(FailureClass.ProviderError, false, status, null, $"Request rejected (HTTP {status}): {message}"),
    };

    private TimeSpan? RetryAfterFrom(PipelineResponseHeaders? headers)
    {
        if (headers is null)
        {
            return null;
        }

        if (headers.TryGetValue(RetryAfterValue.MillisecondsHeaderName, out var ms) && RetryAfterValue.ParseMilliseconds(ms) is { } fromMs)
        {
            return fromMs;
        }

        return headers.TryGetValue(RetryAfterValue.HeaderName, out var value)
            ? RetryAfterValue.Parse(value, timeProvider.GetUtcNow())
            : null;
    }

    private TimeSpan? RetryAfterFrom(System.Collections.IDictionary data) =>
        data[RetryAfterValue.HeaderName] switch
        {
            TimeSpan delay => delay,
            string value => RetryAfterValue.Parse(value, timeProvider.GetUtcNow()),
            DateTimeOffset date => date - timeProvider.GetUtcNow(),
            _ => null,
        };

    private static bool IsTransportFailure(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is HttpRequestException { StatusCode: null } or SocketException or IOException or AnthropicIOException
                or ClientResultException { Status: 0, InnerException: not null })
            {
                return true;
            }
        }

        return false;
    }

    private static T? FindInChain<T>(Exception exception)
        where T : Exception
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is T found)
            {
                return found;
            }
        }

        return null;
    }

    private static Exception Innermost(Exception exception)
    {
        var current = exception;
        while (current.InnerException is not null)
        {
            current = current.InnerException;
        }

        return current;
    }
}
