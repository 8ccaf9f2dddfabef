namespace McodeBench.Core.Pipelines;

/// <summary>Wire names of <see cref="FailureClass"/> values and which of them are transient (worth retrying).</summary>
public static class FailureClassNames
{
    public static string ToWireName(this FailureClass failure) => failure switch
    {
        FailureClass.ProviderError => "provider_error",
        FailureClass.RateLimited => "rate_limited",
        FailureClass.Timeout => "timeout",
        FailureClass.InvalidJson => "invalid_json",
        FailureClass.SchemaViolation => "schema_violation",
        FailureClass.Truncated => "truncated",
        FailureClass.EmptyOrRefusal => "empty_or_refusal",
        FailureClass.Cancelled => "cancelled",
        _ => throw new ArgumentOutOfRangeException(nameof(failure), failure, "Unknown failure class."),
    };

    public static FailureClass? FromWireName(string? name) => name switch
    {
        "provider_error" => FailureClass.ProviderError,
        "rate_limited" => FailureClass.RateLimited,
        "timeout" => FailureClass.Timeout,
        "invalid_json" => FailureClass.InvalidJson,
        "schema_violation" => FailureClass.SchemaViolation,
        "truncated" => FailureClass.Truncated,
        "empty_or_refusal" => FailureClass.EmptyOrRefusal,
        "cancelled" => FailureClass.Cancelled,
        _ => null,
    };

    /// <summary>Failures caused by the provider or the network rather than by the prompt; retrying may succeed.</summary>
    public static bool IsTransient(this FailureClass failure) =>
        failure is FailureClass.ProviderError or FailureClass.RateLimited or FailureClass.Timeout;
}
