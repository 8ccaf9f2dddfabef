namespace McodeBench.Engine.Results;

/// <summary>A run that cannot be rescored as asked; the message says why and what to do (CLI exit 2, API 409).</summary>
public sealed class RescoreRefusedException : Exception
{
    public RescoreRefusedException()
    {
    }

    public RescoreRefusedException(string message)
        : base(message)
    {
    }

    public RescoreRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
