using McodeBench.Core.Pipelines;
using McodeBench.Core.Tasks;
using McodeBench.Engine.Persistence.Caching;
using McodeBench.Engine.Persistence.Conversions;
using McodeBench.Engine.Persistence.Events;
using McodeBench.Engine.Persistence.Rescoring;
using McodeBench.Engine.Persistence.Runs;
using McodeBench.Engine.Persistence.Tasks;
using Microsoft.EntityFrameworkCore;

namespace McodeBench.Engine.Persistence;

/// <summary>
/// The engine's database: runs, tasks, attempts, predictions, score reports, response-cache entries and the event
/// log. Abstract because each provider has its own subclass and its own migrations
/// (<see cref="Sqlite.SqliteBenchDbContext"/>, <see cref="Postgres.PostgresBenchDbContext"/>); the model is defined
/// once, here. Names are snake_case on both providers.
/// </summary>
public abstract class BenchDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<RunRow> Runs => Set<RunRow>();

    public DbSet<TaskRow> Tasks => Set<TaskRow>();

    public DbSet<AttemptRow> Attempts => Set<AttemptRow>();

    public DbSet<PredictionRow> Predictions => Set<PredictionRow>();

    public DbSet<ScoreReportRow> ScoreReports => Set<ScoreReportRow>();

    public DbSet<ScoreHistoryRow> ScoreHistory => Set<ScoreHistoryRow>();

    public DbSet<ResponseCacheRow> ResponseCache => Set<ResponseCacheRow>();

    public DbSet<EventRow> Events => Set<EventRow>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        // Ticks sort and sum as numbers on every provider (SQLite would keep TimeSpan as text).
        configurationBuilder.Properties<TimeSpan>().HaveConversion<long>();
        // Enums as names: the database stays readable and a reordered enum cannot change stored meaning.
        configurationBuilder.Properties<TrackedTaskStatus>().HaveConversion<string>();
        configurationBuilder.Properties<PipelineKind>().HaveConversion<string>();
        configurationBuilder.Properties<RunStatus>().HaveConversion<string>();
        configurationBuilder.Properties<AttemptEnd>().HaveConversion<string>();
        configurationBuilder.Properties<EventLevel>().HaveConversion<string>();
        configurationBuilder.Properties<FailureClass>().HaveConversion<FailureClassConverter>();
        // Priority is ordered (Critical > Low), so it stays a number.
        configurationBuilder.Properties<TaskPriority>().HaveConversion<int>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);

        modelBuilder.Entity<RunRow>(run =>
        {
            run.ToTable("runs");
            run.HasKey(r => r.Id);
            run.HasIndex(r => r.CreatedUtc);
        });

        modelBuilder.Entity<TaskRow>(task =>
        {
            task.ToTable("tasks");
            task.HasKey(t => t.Id);
            task.Property(t => t.Status).IsConcurrencyToken();
            task.Property(t => t.AttemptCount).IsConcurrencyToken();
            task.Property(t => t.EntityF1Strict).HasColumnName("entity_f1_strict");
            task.Property(t => t.EntityF1Type).HasColumnName("entity_f1_type");
            task.Property(t => t.MappingF1Strict).HasColumnName("mapping_f1_strict");
            task.Property(t => t.MappingF1Lenient).HasColumnName("mapping_f1_lenient");
            task.HasOne<RunRow>().WithMany().HasForeignKey(t => t.RunId).OnDelete(DeleteBehavior.Cascade);
            // The queue: WHERE status = 'Queued' ORDER BY priority DESC, sequence, read straight off this index.
            task.HasIndex(t => new { t.Status, t.Priority, t.Sequence }).IsDescending(false, true, false);
            task.HasIndex(t => new { t.RunId, t.Status });
            // The tracker sorts by any column with the id breaking ties in the same direction (ColumnSort) and pages
            // with OFFSET: an index on (column, id) lets a deep page walk index entries, forwards or backwards, instead
            // of sorting every task (TaskRepository.ListAsync reads a nullable column's tasks with a value first, then
            // the rest). Each index costs writes (docs/performance.md, "Web tracker"), so only these: the model filter
            // and the queue order (also MAX(sequence) when a task is created or retried) widened at no extra cost; the
            // trial, which the tracker also filters by; and the columns whose deep pages were the slowest to sort
            // (cost, tokens, latency, scores), written once per finish. The other sortable columns sort in well under
            // the tracker's 1 s without one, and status, attempts, worker and times change on every claim or finish.
            task.HasIndex(t => new { t.ModelKey, t.Id });
            task.HasIndex(t => new { t.Sequence, t.Id });
            task.HasIndex(t => new { t.TrialId, t.Id });
            task.HasIndex(t => new { t.Cost, t.Id });
            task.HasIndex(t => new { t.InputTokens, t.Id });
            task.HasIndex(t => new { t.Latency, t.Id });
            // Scores exist only once a task is scored, and only the tasks with a value are read through these: partial
            // indexes, so admitting a run (every score empty) does not write to them at all.
            task.HasIndex(t => new { t.EntityF1Strict, t.Id }).HasFilter("\"entity_f1_strict\" IS NOT NULL");
            task.HasIndex(t => new { t.EntityF1Type, t.Id }).HasFilter("\"entity_f1_type\" IS NOT NULL");
            task.HasIndex(t => new { t.MappingF1Strict, t.Id }).HasFilter("\"mapping_f1_strict\" IS NOT NULL");
            task.HasIndex(t => new { t.MappingF1Lenient, t.Id }).HasFilter("\"mapping_f1_lenient\" IS NOT NULL");
            task.HasIndex(t => new { t.Compliance, t.Id }).HasFilter("\"compliance\" IS NOT NULL");
        });

        modelBuilder.Entity<AttemptRow>(attempt =>
        {
            attempt.ToTable("attempts");
            attempt.HasKey(a => a.Id);
            attempt.HasOne<TaskRow>().WithMany().HasForeignKey(a => a.TaskId).OnDelete(DeleteBehavior.Cascade);
            attempt.HasIndex(a => new { a.TaskId, a.AttemptNumber }).IsUnique();
        });

        modelBuilder.Entity<PredictionRow>(prediction =>
        {
            prediction.ToTable("predictions");
            prediction.HasKey(p => p.TaskId);
            prediction.HasOne<TaskRow>().WithOne().HasForeignKey<PredictionRow>(p => p.TaskId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<ScoreReportRow>(report =>
        {
            report.ToTable("score_reports");
            report.HasKey(r => r.TaskId);
            report.HasOne<TaskRow>().WithOne().HasForeignKey<ScoreReportRow>(r => r.TaskId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<ScoreHistoryRow>(history =>
        {
            history.ToTable("score_history");
            history.HasKey(h => h.Id);
            history.HasOne<TaskRow>().WithMany().HasForeignKey(h => h.TaskId).OnDelete(DeleteBehavior.Cascade);
            history.HasIndex(h => new { h.RunId, h.Id });
            history.HasIndex(h => new { h.TaskId, h.Id });
        });

        modelBuilder.Entity<ResponseCacheRow>(entry =>
        {
            entry.ToTable("response_cache");
            entry.HasKey(e => e.Key);
            entry.HasIndex(e => e.ExpiresUtc);
        });

        modelBuilder.Entity<EventRow>(log =>
        {
            log.ToTable("events");
            log.HasKey(e => e.Id);
            log.HasIndex(e => new { e.RunId, e.Id });
        });
    }
}
