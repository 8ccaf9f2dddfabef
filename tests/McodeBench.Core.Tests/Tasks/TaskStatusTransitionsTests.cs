using McodeBench.Core.Tasks;
using static McodeBench.Core.Tasks.TrackedTaskStatus;

namespace McodeBench.Core.Tests.Tasks;

public sealed class TaskStatusTransitionsTests
{
    // Written out by hand (not read from the implementation) so the test can disagree with it.
    private static readonly HashSet<(TrackedTaskStatus, TrackedTaskStatus)> Legal =
    [
        (Pending, Queued), (Pending, Paused), (Pending, Cancelled),
        (Queued, Running), (Queued, Paused), (Queued, Cancelled),
        (Running, Completed), (Running, Failed), (Running, Cancelled), (Running, Queued),
        (Paused, Queued), (Paused, Cancelled),
        (Failed, Queued),
    ];

    private readonly ManualTimeProvider clock = new(new DateTimeOffset(2025, 3, 1, 12, 0, 0, TimeSpan.Zero));

    public static TheoryData<TrackedTaskStatus, TrackedTaskStatus> AllPairs()
    {
        var data = new TheoryData<TrackedTaskStatus, TrackedTaskStatus>();
        foreach (var from in Enum.GetValues<TrackedTaskStatus>())
        {
            foreach (var to in Enum.GetValues<TrackedTaskStatus>())
            {
                data.Add(from, to);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AllPairs))]
    public void Every_pair_is_legal_exactly_when_the_table_says_so(TrackedTaskStatus from, TrackedTaskStatus to)
    {
        var transitions = new TaskStatusTransitions(clock);
        var task = TaskIn(from, transitions);

        if (Legal.Contains((from, to)))
        {
            transitions.Apply(task, to, to == Failed ? "boom" : null);
            Assert.Equal(to, task.Status);
        }
        else
        {
            var error = Assert.Throws<InvalidTaskTransitionException>(() => transitions.Apply(task, to, "boom"));
            Assert.Equal((task.Id, from, to), (error.TaskId, error.From, error.To));
            Assert.Contains($"'{task.Id}'", error.Message, StringComparison.Ordinal);
            Assert.Contains($"from {from} to {to}", error.Message, StringComparison.Ordinal);
            Assert.Equal(from, task.Status);
        }

        Assert.Equal(Legal.Contains((from, to)), TaskStatusTransitions.IsLegal(from, to));
    }

    [Fact]
    public void Only_completed_and_cancelled_are_final()
    {
        Assert.Equal([Completed, Cancelled], Enum.GetValues<TrackedTaskStatus>().Where(TaskStatusTransitions.IsTerminal));
        Assert.Equal([Completed, Failed, Cancelled], Enum.GetValues<TrackedTaskStatus>().Where(TaskStatusTransitions.HasFinished));
        Assert.Equal(Legal.Count, TaskStatusTransitions.LegalTransitions.Count);
    }

    [Fact]
    public void Running_starts_an_attempt_and_completing_finishes_it()
    {
        var transitions = new TaskStatusTransitions(clock);
        var task = NewTask();
        transitions.Apply(task, Queued);
        var started = clock.Advance(TimeSpan.FromSeconds(5));
        transitions.Apply(task, Running);
        task.ReportProgress(0.5);

        Assert.Equal((1, started, (DateTime?)null, 0.5), (task.AttemptCount, task.StartedUtc!.Value, task.FinishedUtc, task.Progress));

        var finished = clock.Advance(TimeSpan.FromSeconds(7));
        transitions.Apply(task, Completed);

        Assert.Equal((finished, 1.0, (string?)null), (task.FinishedUtc!.Value, task.Progress, task.Error));
        Assert.Equal(DateTimeKind.Utc, task.FinishedUtc.Value.Kind);
        Assert.Equal(TimeSpan.FromSeconds(7), task.FinishedUtc - task.StartedUtc);
    }

    [Fact]
    public void A_retry_after_failure_counts_a_second_attempt_and_clears_the_failure()
    {
        var transitions = new TaskStatusTransitions(clock);
        var task = TaskIn(Running, transitions);
        clock.Advance(TimeSpan.FromSeconds(1));
        transitions.Apply(task, Failed, "timeout after 60 s");

        Assert.Equal("timeout after 60 s", task.Error);
        Assert.NotNull(task.FinishedUtc);

        transitions.Apply(task, Queued);
        Assert.Equal((Queued, (DateTime?)null, (string?)null), (task.Status, task.FinishedUtc, task.Error));

        var restarted = clock.Advance(TimeSpan.FromSeconds(30));
        transitions.Apply(task, Running);
        Assert.Equal((2, restarted), (task.AttemptCount, task.StartedUtc!.Value));
    }

    [Fact]
    public void A_requeue_after_a_crash_keeps_the_attempt_and_resets_progress()
    {
        var transitions = new TaskStatusTransitions(clock);
        var task = TaskIn(Running, transitions);
        task.ReportProgress(0.4);

        transitions.Apply(task, Queued);

        Assert.Equal((1, 0.0, (DateTime?)null), (task.AttemptCount, task.Progress, task.FinishedUtc));
    }

    [Fact]
    public void Cancelling_a_pending_task_finishes_it_without_a_start()
    {
        var transitions = new TaskStatusTransitions(clock);
        var task = NewTask();

        transitions.Apply(task, Cancelled, "run cancelled by user");

        Assert.Equal((0, (DateTime?)null, clock.GetUtcNow().UtcDateTime, "run cancelled by user"), (task.AttemptCount, task.StartedUtc, task.FinishedUtc!.Value, task.Error));
    }

    [Fact]
    public void A_failure_without_an_error_message_is_refused_and_changes_nothing()
    {
        var transitions = new TaskStatusTransitions(clock);
        var task = TaskIn(Running, transitions);

        Assert.Throws<ArgumentException>(() => transitions.Apply(task, Failed, " "));
        Assert.Equal((Running, (DateTime?)null), (task.Status, task.FinishedUtc));
    }

    [Fact]
    public void Pausing_changes_no_times()
    {
        var transitions = new TaskStatusTransitions(clock);
        var task = TaskIn(Queued, transitions);
        clock.Advance(TimeSpan.FromMinutes(1));

        transitions.Apply(task, Paused);

        Assert.Equal((Paused, (DateTime?)null, (DateTime?)null, 0), (task.Status, task.StartedUtc, task.FinishedUtc, task.AttemptCount));
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.1)]
    [InlineData(double.NaN)]
    public void Progress_outside_zero_to_one_is_refused(double progress)
    {
        var task = TaskIn(Running, new TaskStatusTransitions(clock));

        Assert.Throws<ArgumentOutOfRangeException>(() => task.ReportProgress(progress));
    }

    [Fact]
    public void Only_a_running_task_reports_progress()
    {
        Assert.Throws<InvalidOperationException>(() => NewTask().ReportProgress(0.5));
    }

    [Fact]
    public void Creation_time_must_be_utc()
    {
        Assert.Throws<ArgumentException>(() => new TrackedTask("t", "t", new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Local)));
    }

    private static TrackedTask NewTask() => new("task-1", "Task one", TaskFixtures.Created);

    private static TrackedTask TaskIn(TrackedTaskStatus status, TaskStatusTransitions transitions)
    {
        TrackedTaskStatus[] path = status switch
        {
            Pending => [],
            Queued => [Queued],
            Running => [Queued, Running],
            Paused => [Paused],
            Completed => [Queued, Running, Completed],
            Failed => [Queued, Running, Failed],
            Cancelled => [Cancelled],
            _ => throw new ArgumentOutOfRangeException(nameof(status)),
        };
        var task = NewTask();
        foreach (var step in path)
        {
            transitions.Apply(task, step, step == Failed ? "failed on purpose" : null);
        }

        return task;
    }
}
