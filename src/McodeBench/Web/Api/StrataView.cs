using McodeBench.Core.Statistics.Strata;

namespace McodeBench.Web.Api;

/// <summary>
/// <c>GET /api/runs/{id}/strata</c>: each combination's figures with intervals per stratum of trials (docs/statistics.md,
/// "Stratified results"). A row with <c>too_few_trials</c> has <c>figures: null</c>.
/// </summary>
/// <param name="By">condition, phase or length.</param>
/// <param name="MinTrialsPerStratum">Below this many trials a stratum gets no interval.</param>
internal sealed record StrataView(string RunId, string By, int MinTrialsPerStratum, IReadOnlyList<StratumStatistics> Rows);
