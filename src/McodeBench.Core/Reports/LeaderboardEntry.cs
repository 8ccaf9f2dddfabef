using McodeBench.Core.Execution;
using McodeBench.Core.Tasks;

namespace McodeBench.Core.Reports;

/// <summary>One executed task as the leaderboard sees it.</summary>
public sealed record LeaderboardEntry(BenchmarkTask Task, TaskExecution Execution);
