using System.Diagnostics;
using System.Globalization;
using McodeBench.Bench.Sessions;
using McodeBench.Core.Execution;
using McodeBench.Core.Tasks;
using McodeBench.Core.Tasks.Admission;
using McodeBench.Core.Tasks.Runs;
using McodeBench.Engine.Orchestration;
using McodeBench.Engine.Persistence;
using McodeBench.Engine.Persistence.Runs;
using Microsoft.EntityFrameworkCore;

namespace McodeBench.Bench.Web;

/// <summary>
/// A SQLite database with about 100,000 tasks for the tracker's figures: ten runs of the samples (two extraction
/// prompts × one mapping prompt × three models × 18 trials × 93 repeats = 10,044 tasks each), expanded and stored
/// through the product (<c>RunSpecAdmission.Expand</c>, <c>Runs.CreateAsync</c>), then given a realistic spread of
/// states in bulk SQL: 70 % completed with scores, cost, tokens and latency, 10 % failed with an error, 5 % cancelled,
/// 5 % running, 10 % queued. Values are derived from each task's queue sequence, so every seed is the same.
/// </summary>
internal static class TrackerSeed
{
    public const int Runs = 10;

    public static readonly string[] Models = ["rules-baseline", "simulated-gpt", "gpt-4o-mini"];

    /// <summary>Seeds <paramref name="folder"/> unless it already holds a seeded database; returns the seconds spent (0 when reused).</summary>
    public static async Task<double> EnsureAsync(string folder, CancellationToken cancellationToken)
    {
        var marker = Path.Combine(folder, "seeded.txt");
        if (File.Exists(marker))
        {
            return 0;
        }

        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        Directory.CreateDirectory(folder);
        var clock = Stopwatch.StartNew();
        var loaded = await BenchmarkWorkspaceLoader.LoadAsync(WorkspacePaths.FromSamples(RepositoryRoot.Samples), cancellationToken);
        var workspace = loaded.Workspace ?? throw new InvalidOperationException("The samples did not load: " + string.Join("; ", loaded.Diagnostics));
        await using (var database = await BenchDatabase.OpenAsync(DatabaseOptions.For(folder), workerId: "seed", cancellationToken: cancellationToken))
        {
            for (var i = 0; i < Runs; i++)
            {
                var spec = new RunSpec
                {
                    Name = string.Create(CultureInfo.InvariantCulture, $"seed {i + 1}"),
                    PromptKeys = ["extract-structured", "extract-concise", "map-coded"],
                    ModelKeys = Models,
                    TrialIds = ["*"],
                    Repeats = 93,
                };
                var runId = string.Create(CultureInfo.InvariantCulture, $"seed-run-{i + 1:00}");
                var created = new DateTime(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc).AddHours(i);
                var tasks = MatrixExpansion.Expand(spec, new RunAdmission(workspace).Check(spec).Selection, runId, created);
                await database.Runs.CreateAsync(new NewRun(runId, spec, new Dictionary<string, string>(), created), tasks, cancellationToken);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    seeded {runId}: {tasks.Count:#,0} tasks ({clock.Elapsed.TotalSeconds:0} s)"));
            }

            var context = database.Contexts.Create();
            await using (context)
            {
                string[] statements =
                [
                    "UPDATE runs SET status = 'Completed'",
                    "UPDATE tasks SET status = CASE WHEN sequence % 20 < 14 THEN 'Completed' WHEN sequence % 20 < 16 THEN 'Failed' WHEN sequence % 20 = 16 THEN 'Cancelled' WHEN sequence % 20 = 17 THEN 'Running' ELSE 'Queued' END",
                    "UPDATE tasks SET attempt_count = 1 + (sequence % 3 = 0), worker_id = 'silo-' || (sequence % 4), started_utc = created_utc, finished_utc = created_utc, progress = 1, calls = 2, "
                        + "input_tokens = 2000 + sequence % 1500, output_tokens = 300 + sequence % 700, cost = (sequence % 997) / 100000.0, latency = (200 + sequence % 4000) * 10000 "
                        + "WHERE status IN ('Completed', 'Failed', 'Cancelled')",
                    "UPDATE tasks SET validation_passed = 1, entity_f1_strict = ((sequence * 7919) % 1001) / 1000.0, entity_f1_type = ((sequence * 104729) % 1001) / 1000.0, "
                        + "mapping_f1_strict = ((sequence * 1299709) % 1001) / 1000.0, mapping_f1_lenient = ((sequence * 15485863) % 1001) / 1000.0, compliance = ((sequence * 32452843) % 1001) / 1000.0 "
                        + "WHERE status = 'Completed'",
                    "UPDATE tasks SET failure_class = CASE WHEN sequence % 40 < 20 THEN 'timeout' ELSE 'invalid_json' END, "
                        + "error = CASE WHEN sequence % 40 < 20 THEN 'The model did not answer within 120 s.' ELSE 'The answer is not valid JSON at line 1, column 17.' END WHERE status = 'Failed'",
                    "UPDATE tasks SET worker_id = 'silo-0', started_utc = created_utc, attempt_count = 1 WHERE status = 'Running'",
                    "ANALYZE",
                ];
                foreach (var statement in statements)
                {
                    await context.Database.ExecuteSqlRawAsync(statement, cancellationToken);
                }
            }
        }

        await File.WriteAllTextAsync(marker, DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture), cancellationToken);
        return clock.Elapsed.TotalSeconds;
    }
}
