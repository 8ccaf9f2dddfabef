using McodeBench.Engine.Scheduling;
using static McodeBench.Engine.Tests.Scheduling.SchedulerFixture;

namespace McodeBench.Engine.Tests.Scheduling;

public sealed class WaitForNextTests
{
    // A real-time safety net only: every wake-up under test is caused by the fake clock or a scheduler call.
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(30);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_waiter_gets_a_task_queued_after_it_started_waiting()
    {
        var f = new SchedulerFixture().WithModel("m1");
        var waiting = f.Scheduler.WaitForNextAsync(Token);
        await Task.Yield();
        Assert.False(waiting.IsCompleted);

        f.Scheduler.Enqueue(Item("t1"));

        var lease = await waiting.WaitAsync(Guard, Token);
        Assert.Equal("t1", lease.TaskId);
    }

    [Fact]
    public async Task A_waiter_wakes_when_a_slot_frees()
    {
        var f = new SchedulerFixture(globalConcurrency: 1).WithModel("m1");
        f.Scheduler.Enqueue(Item("t1"), Item("t2"));
        var first = f.Take();
        var waiting = f.Scheduler.WaitForNextAsync(Token);
        await Task.Yield();
        Assert.False(waiting.IsCompleted);

        first.Complete(LeaseOutcome.Succeeded);

        Assert.Equal("t2", (await waiting.WaitAsync(Guard, Token)).TaskId);
    }

    [Fact]
    public async Task A_waiter_wakes_when_the_global_limit_is_raised()
    {
        var f = new SchedulerFixture(globalConcurrency: 1).WithModel("m1");
        f.Scheduler.Enqueue(Item("t1"), Item("t2"));
        _ = f.Take();
        var waiting = f.Scheduler.WaitForNextAsync(Token);
        await Task.Yield();
        Assert.False(waiting.IsCompleted);

        f.Scheduler.SetGlobalConcurrency(2);

        Assert.Equal("t2", (await waiting.WaitAsync(Guard, Token)).TaskId);
    }

    [Fact]
    public async Task A_waiter_wakes_by_itself_when_a_retry_after_pause_ends()
    {
        var f = new SchedulerFixture().WithModel("m1");
        f.Scheduler.Enqueue(Item("t1"), Item("t2"));
        f.Take().Complete(LeaseOutcome.RateLimited(TimeSpan.FromSeconds(20)));
        var waiting = f.Scheduler.WaitForNextAsync(Token);
        await Task.Yield();

        f.Clock.Advance(TimeSpan.FromSeconds(19));
        await Task.Delay(50, Token);
        Assert.False(waiting.IsCompleted);

        f.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal("t2", (await waiting.WaitAsync(Guard, Token)).TaskId);
    }

    [Fact]
    public async Task A_waiter_wakes_by_itself_when_the_rate_allows_the_next_start()
    {
        var f = new SchedulerFixture().WithModel("m1", requestsPerMinute: 6);
        f.Scheduler.Enqueue(Item("t1"), Item("t2"));
        _ = f.Take();
        var waiting = f.Scheduler.WaitForNextAsync(Token);
        await Task.Yield();
        Assert.False(waiting.IsCompleted);

        f.Clock.Advance(TimeSpan.FromSeconds(10));

        Assert.Equal("t2", (await waiting.WaitAsync(Guard, Token)).TaskId);
    }

    [Fact]
    public async Task Cancelling_a_waiter_ends_it_with_OperationCanceledException()
    {
        var f = new SchedulerFixture().WithModel("m1");
        using var cancel = new CancellationTokenSource();
        var waiting = f.Scheduler.WaitForNextAsync(cancel.Token);

        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting.WaitAsync(Guard, Token));
        f.Scheduler.Enqueue(Item("t1"));
        Assert.Equal("t1", f.Take().TaskId); // the cancelled waiter took nothing
    }

    [Fact]
    public async Task Many_waiters_share_the_tasks_without_handing_one_out_twice()
    {
        var f = new SchedulerFixture(globalConcurrency: 8).WithModel("m1");
        var waiters = Enumerable.Range(0, 8).Select(_ => Task.Run(() => f.Scheduler.WaitForNextAsync(Token), Token)).ToList();
        f.Scheduler.Enqueue(Enumerable.Range(0, 8).Select(i => Item($"t{i}")));

        var leases = await Task.WhenAll(waiters).WaitAsync(Guard, Token);

        Assert.Equal(Enumerable.Range(0, 8).Select(i => $"t{i}").Order(), leases.Select(l => l.TaskId).Order());
    }
}
