using McodeBench.Core.Provenance;
using McodeBench.Core.Scoring;
using McodeBench.Engine.Persistence.Runs;
using McodeBench.Engine.Persistence.Tasks;
using McodeBench.Engine.Persistence.Writing;
using Microsoft.EntityFrameworkCore;

namespace McodeBench.Engine.Persistence.Rescoring;

/// <summary>
/// Replaces a run's scores with ones computed again from its stored predictions, keeping every replaced report in
/// <c>score_history</c> under the digests it was computed against (docs/persistence.md, "Gold provenance").
/// </summary>
public sealed class RescoringRepository(BenchDbContextFactory contexts, BatchedDatabaseWriter writer, TimeProvider? timeProvider = null)
{
    private readonly BenchDbContextFactory contexts = contexts ?? throw new ArgumentNullException(nameof(contexts));
    private readonly BatchedDatabaseWriter writer = writer ?? throw new ArgumentNullException(nameof(writer));
    private readonly TimeProvider clock = timeProvider ?? TimeProvider.System;

    /// <summary>
    /// In one transaction: moves each listed task's current report to the history (labelled with the run's digests
    /// before the rescore), stores the new report and headline scores, and records <paramref name="provenance"/> as the
    /// run's digests. Returns how many earlier reports were moved to the history.
    /// </summary>
    /// <exception cref="InvalidOperationException">There is no run <paramref name="runId"/>; nothing is written.</exception>
    public Task<int> ReplaceScoresAsync(string runId, ScoringProvenance provenance, IReadOnlyList<RescoredTask> tasks, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(runId);
        ArgumentNullException.ThrowIfNull(provenance);
        ArgumentNullException.ThrowIfNull(tasks);
        var now = clock.GetUtcNow().UtcDateTime;
        var reports = tasks.Select(t => (t.TaskId, t.AttemptNumber, Json: t.Report is null ? null : System.Text.Json.JsonSerializer.Serialize(t.Report, PersistenceJson.ScoreReports), Scores: HeadlineScores.From(t.Report))).ToList();
        return writer.WriteAloneAsync(
            async (context, token) =>
            {
                var run = await context.Runs.FirstOrDefaultAsync(r => r.Id == runId, token).ConfigureAwait(false)
                    ?? throw new InvalidOperationException($"There is no run '{runId}' to rescore.");
                var replaced = 0;
                foreach (var (taskId, attempt, json, scores) in reports)
                {
                    var current = await context.ScoreReports.FirstOrDefaultAsync(r => r.TaskId == taskId, token).ConfigureAwait(false);
                    if (current is not null)
                    {
                        context.Add(new ScoreHistoryRow
                        {
                            RunId = runId,
                            TaskId = taskId,
                            AttemptNumber = current.AttemptNumber,
                            GoldDigest = run.GoldDigest,
                            TrialTextDigest = run.TrialTextDigest,
                            ReplacedUtc = now,
                            Json = current.Json,
                        });
                        replaced++;
                        context.ScoreReports.Remove(current);
                    }

                    if (json is not null)
                    {
                        context.ScoreReports.Add(new ScoreReportRow { TaskId = taskId, AttemptNumber = attempt, Json = json, RecordedUtc = now });
                    }

                    var task = await context.Tasks.FirstAsync(t => t.Id == taskId && t.RunId == runId, token).ConfigureAwait(false);
                    TaskRowMapper.SetScores(task, scores);
                }

                run.GoldDigest = provenance.GoldDigest;
                run.TrialTextDigest = provenance.TrialTextDigest;
                return replaced;
            },
            cancellationToken);
    }

    /// <summary>The run's earlier scorings, newest first.</summary>
    public async Task<IReadOnlyList<ArchivedScores>> HistoryAsync(string runId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(runId);
        var context = contexts.Create();
        await using var scope = context.ConfigureAwait(false);
        var groups = await context.ScoreHistory.AsNoTracking().Where(h => h.RunId == runId)
            .GroupBy(h => new { h.GoldDigest, h.TrialTextDigest, h.ReplacedUtc })
            .Select(g => new { g.Key.GoldDigest, g.Key.TrialTextDigest, g.Key.ReplacedUtc, Reports = g.Count(), Last = g.Max(h => h.Id) })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        // By the ids, which increase with every write: two rescores in the same microsecond still come out in order.
        return groups.OrderByDescending(g => g.Last).Select(g => new ArchivedScores(g.GoldDigest, g.TrialTextDigest, g.ReplacedUtc, g.Reports)).ToList();
    }

    /// <summary>The replaced report of a task computed against <paramref name="goldDigest"/>, newest first when there are several.</summary>
    public async Task<ScoreReport?> ArchivedReportAsync(string taskId, string? goldDigest, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(taskId);
        var context = contexts.Create();
        await using var scope = context.ConfigureAwait(false);
        var json = await context.ScoreHistory.AsNoTracking().Where(h => h.TaskId == taskId && h.GoldDigest == goldDigest)
            .OrderByDescending(h => h.Id).Select(h => h.Json).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return json is null ? null : ScoreReport.FromJson(json);
    }
}
