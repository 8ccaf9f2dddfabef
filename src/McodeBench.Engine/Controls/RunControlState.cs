using McodeBench.Core.Tasks;

namespace McodeBench.Engine.Controls;

/// <summary>The part of a stored run the controls read and change.</summary>
/// <param name="Priority">The run's priority, given to its tasks; changed by <see cref="RunControls.ChangeRunPriorityAsync"/>.</param>
public sealed record RunControlState(string RunId, RunControlStatus Status, TaskPriority Priority);
