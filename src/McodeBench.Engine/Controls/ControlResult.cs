namespace McodeBench.Engine.Controls;

/// <summary>What a control did.</summary>
/// <param name="Changed">Tasks whose status or priority changed now.</param>
/// <param name="SignalledRunning">Running tasks whose cancellation token was cancelled; they end Cancelled when their executor stops.</param>
/// <param name="Summary">One line for the user, e.g. "Run 'r1' paused: 12 waiting tasks paused; 3 running tasks will finish."</param>
public sealed record ControlResult(int Changed, int SignalledRunning, string Summary);
