using McodeBench.Core.Tasks;

namespace McodeBench.Engine.Persistence.Tasks;

/// <summary>A task as stored: the task itself, its place in the queue, its worker and its headline scores.</summary>
public sealed record StoredTask(BenchmarkTask Task, long Sequence, string? WorkerId, HeadlineScores Scores);
