using McodeBench.Core.Reports;
using McodeBench.Engine.Persistence.Runs;

namespace McodeBench.Web.Pages.Results;

/// <summary>A run with its finished tasks as the leaderboard sees them (each with its stored score report, when it has one).</summary>
public sealed record RunResults(StoredRun Run, IReadOnlyList<LeaderboardEntry> Entries);
