namespace McodeBench.Engine.Controls;

/// <summary>A control that cannot apply (unknown run or task, or a request the current state does not allow); the message says why and what to do.</summary>
public sealed class RunControlException : InvalidOperationException
{
    public RunControlException()
        : base("The control cannot be applied.")
    {
    }

    public RunControlException(string message)
        : base(message)
    {
    }

    public RunControlException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
