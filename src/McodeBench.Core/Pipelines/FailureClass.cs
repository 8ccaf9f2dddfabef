namespace McodeBench.Core.Pipelines;

/// <summary>
/// Why a task produced no predictions. The snake_case wire names (see <see cref="FailureClassNames"/>) are what
/// exports, the API and SCORING.md use.
/// </summary>
public enum FailureClass
{
    ProviderError,
    RateLimited,
    Timeout,
    InvalidJson,
    SchemaViolation,
    Truncated,
    EmptyOrRefusal,
    Cancelled,
}
