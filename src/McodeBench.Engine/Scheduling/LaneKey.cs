using McodeBench.Core.Tasks;

namespace McodeBench.Engine.Scheduling;

/// <summary>The tasks of one run on one model at one priority share a lane: they meet exactly the same gates.</summary>
internal readonly record struct LaneKey(string RunId, string ModelKey, TaskPriority Priority);
