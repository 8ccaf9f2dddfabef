namespace McodeBench.Web.Security;

/// <summary>The tracker will not start as configured; the message says why and what to change.</summary>
public sealed class TrackerStartRefusedException : Exception
{
    public TrackerStartRefusedException()
        : base("The web tracker cannot start as configured.")
    {
    }

    public TrackerStartRefusedException(string message)
        : base(message)
    {
    }

    public TrackerStartRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
