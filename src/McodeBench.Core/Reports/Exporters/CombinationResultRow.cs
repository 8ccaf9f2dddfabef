namespace McodeBench.Core.Reports.Exporters;

/// <summary>One prompt × model combination as exported: its leaderboard row and the run it belongs to.</summary>
public sealed record CombinationResultRow(ExportedRun Run, LeaderboardRow Row);
