namespace McodeBench.Engine.Controls;

/// <summary>Which failed tasks a retry queues again.</summary>
public enum RetryScope
{
    /// <summary>Every failed task.</summary>
    AllFailed,

    /// <summary>Only tasks whose failure class is transient (provider error, rate limited, timeout): the prompt was not the problem.</summary>
    TransientOnly,
}
