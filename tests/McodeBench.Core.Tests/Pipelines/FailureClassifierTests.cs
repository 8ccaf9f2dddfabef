using System.Net;
using McodeBench.Core.Models;
using McodeBench.Core.Pipelines;

namespace McodeBench.Core.Tests.Pipelines;

public sealed class FailureClassifierTests
{
    public static TheoryData<string, FailureClass> Exceptions => new()
    {
        { "model-call-rate-limited", FailureClass.RateLimited },
        { "model-call-truncated", FailureClass.Truncated },
        { "timeout-exception", FailureClass.Timeout },
        { "http-client-timeout", FailureClass.Timeout },
        { "cancelled-not-by-caller", FailureClass.Timeout },
        { "http-no-status", FailureClass.ProviderError },
        { "http-429", FailureClass.RateLimited },
        { "http-504", FailureClass.Timeout },
        { "http-500", FailureClass.ProviderError },
        { "aggregate-of-429", FailureClass.RateLimited },
        { "anything-else", FailureClass.ProviderError },
    };

    [Theory]
    [MemberData(nameof(Exceptions))]
    public void Classifies_exceptions_of_a_call_the_caller_did_not_cancel(string scenario, FailureClass expected)
    {
        Assert.Equal(expected, FailureClassifier.Classify(Make(scenario), CancellationToken.None));
    }

    [Fact]
    public void A_cancellation_the_caller_asked_for_is_cancelled()
    {
        using var caller = new CancellationTokenSource();
        caller.Cancel();

        Assert.Equal(FailureClass.Cancelled, FailureClassifier.Classify(new OperationCanceledException(caller.Token), caller.Token));
        Assert.Equal(FailureClass.Cancelled, FailureClassifier.Classify(new TaskCanceledException(), caller.Token));
    }

    [Fact]
    public void A_classified_model_call_keeps_its_class_even_when_the_caller_cancelled()
    {
        using var caller = new CancellationTokenSource();
        caller.Cancel();

        Assert.Equal(FailureClass.ProviderError, FailureClassifier.Classify(new ModelCallException(FailureClass.ProviderError, "bad gateway", 502), caller.Token));
    }

    [Fact]
    public void Describes_type_status_and_cause_with_credentials_masked()
    {
        var error = new HttpRequestException(
            "Unauthorized: Authorization: Bearer sk-live-1234567890abcdef was rejected",
            new InvalidOperationException("api_key=AIzaSyDUMMYDUMMY"),
            HttpStatusCode.Unauthorized);

        var description = FailureClassifier.Describe(error);

        Assert.StartsWith("HttpRequestException (HTTP 401): Unauthorized", description, StringComparison.Ordinal);
        Assert.DoesNotContain("1234567890abcdef", description, StringComparison.Ordinal);
        Assert.DoesNotContain("AIzaSyDUMMYDUMMY", description, StringComparison.Ordinal);
        Assert.Contains("api_key=***", description, StringComparison.Ordinal);
    }

    [Fact]
    public void Describes_a_model_call_exception_with_its_status()
    {
        Assert.Equal(
            "ModelCallException (HTTP 429): quota exceeded",
            FailureClassifier.Describe(new ModelCallException(FailureClass.RateLimited, "quota exceeded", 429, 4)));
    }

    private static Exception Make(string scenario) => scenario switch
    {
        "model-call-rate-limited" => new ModelCallException(FailureClass.RateLimited, "429 after 4 attempts", 429, 4),
        "model-call-truncated" => new ModelCallException(FailureClass.Truncated, "stopped at max tokens"),
        "timeout-exception" => new TimeoutException("no answer in 60 s"),
        "http-client-timeout" => new TaskCanceledException("The request was canceled due to the configured HttpClient.Timeout of 100 seconds elapsing.", new TimeoutException()),
        "cancelled-not-by-caller" => new OperationCanceledException("linked timeout token"),
        "http-no-status" => new HttpRequestException("Connection refused (localhost:11434)"),
        "http-429" => new HttpRequestException("Too Many Requests", null, HttpStatusCode.TooManyRequests),
        "http-504" => new HttpRequestException("Gateway Timeout", null, HttpStatusCode.GatewayTimeout),
        "http-500" => new HttpRequestException("Internal Server Error", null, HttpStatusCode.InternalServerError),
        "aggregate-of-429" => new AggregateException(new HttpRequestException("Too Many Requests", null, HttpStatusCode.TooManyRequests)),
        _ => new InvalidOperationException("the SDK broke"),
    };
}
