using McodeBench.Core.Pipelines;

namespace McodeBench.Core.Models;

/// <summary>
/// A model call that failed for good (after any retries), already classified. Middleware turns provider- and
/// transport-specific exceptions into this one so pipelines need not know any SDK.
/// </summary>
public sealed class ModelCallException : Exception
{
    public ModelCallException(FailureClass failure, string message, int? statusCode = null, int attempts = 1, Exception? innerException = null)
        : base(message, innerException)
    {
        Failure = failure;
        StatusCode = statusCode;
        Attempts = attempts;
    }

    public ModelCallException()
        : this(FailureClass.ProviderError, "The model call failed.")
    {
    }

    public ModelCallException(string message)
        : this(FailureClass.ProviderError, message)
    {
    }

    public ModelCallException(string message, Exception innerException)
        : this(FailureClass.ProviderError, message, innerException: innerException)
    {
    }

    public FailureClass Failure { get; }

    /// <summary>HTTP status of the last attempt, when there was one.</summary>
    public int? StatusCode { get; }

    public int Attempts { get; }
}
