using McodeBench.Core.Tasks;
using McodeBench.Engine.Orchestration;
using McodeBench.Engine.Persistence.Runs;
using McodeBench.Engine.Tests.Orchestration.Support;
using McodeBench.Engine.Tests.Persistence.Support;
using McodeBench.Simulator;

namespace McodeBench.Engine.Tests.Orchestration;

/// <summary>A High-priority run started while a Normal one goes runs ahead of the Normal run's remaining tasks.</summary>
public sealed class EnginePriorityTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(TestDatabaseKind.Sqlite)]
    [InlineData(TestDatabaseKind.Postgres)]
    public async Task A_high_priority_run_started_later_runs_before_the_remaining_normal_tasks(TestDatabaseKind kind)
    {
        await using var provider = await SimulatedProvider.StartAsync(new SimulatorOptions(), Token, delay: TimeSpan.FromMilliseconds(50));
        var options = new EngineOptions { GlobalConcurrency = 1, SupervisorInterval = TimeSpan.FromMilliseconds(100) };
        await using var fixture = await EngineFixture.StartAsync(kind, Token, provider.Serve(await EngineFixture.LoadSamplesAsync(Token)), options);
        var normal = await fixture.Engine.StartRunAsync(EngineFixture.Spec("normal", PipelineKind.Direct, models: SimulatedProvider.ModelKey), Token);
        await EngineFixture.WaitUntilAsync(async () => await fixture.CountAsync(normal.RunId, TrackedTaskStatus.Completed, Token) >= 3, "three normal tasks completed", Token);

        var urgent = await fixture.Engine.StartRunAsync(
            EngineFixture.Spec("urgent", PipelineKind.Direct, models: SimulatedProvider.ModelKey) with
            {
                Priority = TaskPriority.High,
                TrialIds = ["NCT99000016", "NCT99000017", "NCT99000018"],
            },
            Token);
        await fixture.WaitForAsync(urgent.RunId, RunStatus.Completed, Token);
        await fixture.WaitForAsync(normal.RunId, RunStatus.Completed, Token);

        var urgentTasks = await fixture.TasksAsync(urgent.RunId, Token);
        var normalTasks = await fixture.TasksAsync(normal.RunId, Token);
        Assert.All(urgentTasks.Concat(normalTasks), task => Assert.Equal(TrackedTaskStatus.Completed, task.Status));
        var queuedAt = urgentTasks.Min(t => t.CreatedUtc);
        var firstUrgent = urgentTasks.Min(t => t.StartedUtc!.Value);
        var lastUrgent = urgentTasks.Max(t => t.StartedUtc!.Value);
        var normalStarts = normalTasks.Select(t => t.StartedUtc!.Value).ToList();
        // One task runs at a time, so the urgent run's tasks start one after another with no normal task between them;
        // only a normal task already handed out when the urgent run was queued may start after it was queued and before it.
        Assert.DoesNotContain(normalStarts, start => start > firstUrgent && start < lastUrgent);
        Assert.True(normalStarts.Count(start => start > queuedAt && start < firstUrgent) <= 1, "more than one normal task started after the urgent run was queued and before it");
        Assert.Contains(normalStarts, start => start > lastUrgent);
    }
}
