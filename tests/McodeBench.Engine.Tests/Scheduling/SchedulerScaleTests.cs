using McodeBench.Core.Tasks;
using McodeBench.Engine.Scheduling;

namespace McodeBench.Engine.Tests.Scheduling;

public sealed class SchedulerScaleTests
{
    private const int Count = 100_000;

    [Fact]
    public void A_hundred_thousand_tasks_come_out_in_priority_then_fifo_order_with_removals_and_reprioritisation()
    {
        var f = new SchedulerFixture(globalConcurrency: Count);
        var modelKeys = Enumerable.Range(0, 7).Select(i => $"m{i}").ToArray();
        foreach (var key in modelKeys)
        {
            f.WithModel(key, maxConcurrency: Count);
        }

        var priorities = Enum.GetValues<TaskPriority>();
        var items = Enumerable.Range(0, Count)
            .Select(i => new ScheduledItem($"t{i:D6}", $"r{i % 13}", modelKeys[i % modelKeys.Length], priorities[i * 7919 % priorities.Length]))
            .ToList();
        f.Scheduler.Enqueue(items);
        var expectedPriority = items.ToDictionary(i => i.TaskId, i => i.Priority);

        var removed = new HashSet<string>();
        for (var i = 0; i < Count; i += 10)
        {
            Assert.True(f.Scheduler.Remove(items[i].TaskId));
            removed.Add(items[i].TaskId);
        }

        for (var i = 5; i < Count; i += 20)
        {
            Assert.True(f.Scheduler.ChangePriority(items[i].TaskId, TaskPriority.Critical));
            expectedPriority[items[i].TaskId] = TaskPriority.Critical;
        }

        var taken = f.TakeAll();

        Assert.Equal(Count - removed.Count, taken.Count);
        Assert.Equal(taken.Count, taken.Select(l => l.TaskId).Distinct().Count());
        Assert.DoesNotContain(taken, l => removed.Contains(l.TaskId));
        for (var i = 1; i < taken.Count; i++)
        {
            var (before, after) = (taken[i - 1], taken[i]);
            Assert.Equal(expectedPriority[after.TaskId], after.Item.Priority);
            Assert.True(
                before.Item.Priority > after.Item.Priority
                || (before.Item.Priority == after.Item.Priority && string.CompareOrdinal(before.TaskId, after.TaskId) < 0),
                $"{before.TaskId} ({before.Item.Priority}) came before {after.TaskId} ({after.Item.Priority}).");
        }

        foreach (var lease in taken)
        {
            lease.Complete(LeaseOutcome.Succeeded);
        }

        var counters = f.Scheduler.GetCounters();
        Assert.Equal((0, 0), (counters.InFlight, counters.Queued));
    }

    [Fact]
    public void A_hundred_thousand_tasks_through_tight_model_limits_all_run_exactly_once()
    {
        var f = new SchedulerFixture(globalConcurrency: 16);
        for (var m = 0; m < 4; m++)
        {
            f.WithModel($"m{m}", maxConcurrency: m + 1);
        }

        f.Scheduler.Enqueue(Enumerable.Range(0, Count).Select(i => new ScheduledItem($"t{i}", "r1", $"m{i % 4}", TaskPriority.Normal)));
        var seen = new HashSet<string>();
        var running = new Queue<SchedulerLease>();
        while (seen.Count < Count)
        {
            while (f.Scheduler.TryDequeue(out var lease))
            {
                Assert.True(seen.Add(lease.TaskId));
                running.Enqueue(lease);
            }

            Assert.InRange(running.Count, 1, 10); // 1 + 2 + 3 + 4 model slots
            running.Dequeue().Complete(LeaseOutcome.Succeeded);
        }

        Assert.Equal(Count, seen.Count);
    }
}
