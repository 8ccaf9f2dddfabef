using McodeBench.Core.Pipelines;
using McodeBench.Core.Tasks;
using McodeBench.Engine.Persistence.Tasks;
using McodeBench.Engine.Tests.Persistence.Support;
using Microsoft.EntityFrameworkCore;

namespace McodeBench.Engine.Tests.Persistence.Tasks;

public abstract class TaskQueueTests(TestDatabaseKind kind) : DatabaseTestBase(kind)
{
    [Fact]
    public async Task HigherPrioritiesComeFirstAndEachPriorityIsFirstInFirstOut()
    {
        var normal = await SeedRunAsync("normal", 3);
        var low = await SeedRunAsync("low", 2, TaskPriority.Low);
        var high = await SeedRunAsync("high", 2, TaskPriority.High);
        var laterNormal = await SeedRunAsync("normal-2", 2);

        var queued = await Db.Tasks.QueuedAsync(100, cancellationToken: Token);

        Assert.Equal(
            high.Concat(normal).Concat(laterNormal).Concat(low).Select(t => t.Id),
            queued.Select(t => t.Id));
        Assert.Equal(high.Take(1).Select(t => t.Id), (await Db.Tasks.QueuedAsync(1, cancellationToken: Token)).Select(t => t.Id));
    }

    [Fact]
    public async Task OnlyQueuedTasksAreOffered()
    {
        await SeedRunAsync("pending", 2, queue: false);
        var queued = await SeedRunAsync("queued", 3);
        var running = (await Db.Tasks.QueuedAsync(1, cancellationToken: Token))[0];
        await Db.Tasks.ClaimAsync(running, Token);

        var offered = await Db.Tasks.QueuedAsync(100, cancellationToken: Token);

        Assert.Equal(queued.Skip(1).Select(t => t.Id), offered.Select(t => t.Id));
        Assert.All(offered, task => Assert.Equal(TrackedTaskStatus.Queued, task.Status));
    }

    [Fact]
    public async Task TheFilterLeavesOutModelsRunsAndTasksTheSchedulerCannotTake()
    {
        var a = await SeedRunAsync("run-a", 2, model: "model-a");
        var b = await SeedRunAsync("run-b", 2, model: "model-b");
        var c = await SeedRunAsync("run-c", 2, model: "model-c");

        var noModelA = await Db.Tasks.QueuedAsync(100, new QueuedTaskFilter { ExcludedModels = ["model-a"] }, Token);
        var noRunC = await Db.Tasks.QueuedAsync(100, new QueuedTaskFilter { ExcludedRuns = ["run-c"], ExcludedTaskIds = [a[0].Id] }, Token);
        var onlyB = await Db.Tasks.QueuedAsync(100, new QueuedTaskFilter { OnlyRuns = ["run-b"] }, Token);

        Assert.Equal(b.Concat(c).Select(t => t.Id), noModelA.Select(t => t.Id));
        Assert.Equal(a.Skip(1).Concat(b).Select(t => t.Id), noRunC.Select(t => t.Id));
        Assert.Equal(b.Select(t => t.Id), onlyB.Select(t => t.Id));
    }

    [Fact]
    public async Task ARetriedTaskGoesToTheEndOfItsLine()
    {
        var tasks = await SeedRunAsync("run-1", 3);
        var first = (await Db.Tasks.QueuedAsync(1, cancellationToken: Token))[0];
        await Db.Tasks.ClaimAsync(first, Token);
        await Db.Tasks.FinishAsync(first, TrackedTaskStatus.Failed, TestData.Failure(FailureClass.Timeout), cancellationToken: Token);

        Assert.Equal(TaskWriteResult.Written, await Db.Tasks.TransitionAsync(first, TrackedTaskStatus.Queued, cancellationToken: Token));

        var queued = await Db.Tasks.QueuedAsync(10, cancellationToken: Token);
        Assert.Equal([tasks[1].Id, tasks[2].Id, tasks[0].Id], queued.Select(t => t.Id));
        Assert.Equal(4, (await Db.Tasks.GetAsync(first.Id, Token))!.Sequence);
    }

    [Fact]
    public async Task RaisingAPriorityMovesTasksAhead()
    {
        var tasks = await SeedRunAsync("run-1", 3);

        var changed = await Db.Tasks.SetPriorityAsync(new TaskSelection { Statuses = [TrackedTaskStatus.Queued], TaskIds = [tasks[2].Id] }, TaskPriority.Critical, Token);

        Assert.Equal(1, changed);
        var queued = await Db.Tasks.QueuedAsync(10, cancellationToken: Token);
        Assert.Equal([tasks[2].Id, tasks[0].Id, tasks[1].Id], queued.Select(t => t.Id));
        Assert.Equal(TaskPriority.Critical, queued[0].Priority);
    }

    public sealed class OnSqlite() : TaskQueueTests(TestDatabaseKind.Sqlite)
    {
        [Fact]
        public async Task TheQueueIsReadOffItsIndexWithoutSorting()
        {
            await SeedRunAsync("run-1", 50);
            await using var context = Db.Contexts.Create();
            await context.Database.OpenConnectionAsync(Token);
            await using var command = context.Database.GetDbConnection().CreateCommand();
            command.CommandText = "EXPLAIN QUERY PLAN SELECT * FROM tasks WHERE status = 'Queued' ORDER BY priority DESC, sequence LIMIT 10";
            var plan = new List<string>();
            await using (var reader = await command.ExecuteReaderAsync(Token))
            {
                while (await reader.ReadAsync(Token))
                {
                    plan.Add(reader.GetString(3));
                }
            }

            Assert.Contains(plan, step => step.Contains("USING INDEX ix_tasks_status_priority_sequence", StringComparison.Ordinal));
            Assert.DoesNotContain(plan, step => step.Contains("TEMP B-TREE", StringComparison.Ordinal));
        }
    }

    public sealed class OnPostgres() : TaskQueueTests(TestDatabaseKind.Postgres);
}
