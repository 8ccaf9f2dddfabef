using McodeBench.Core.Tasks;
using McodeBench.Engine.Orchestration;
using McodeBench.Engine.Persistence.Runs;
using McodeBench.Engine.Results;
using McodeBench.Engine.Tests.Orchestration;
using McodeBench.Engine.Tests.Persistence.Support;
using Microsoft.EntityFrameworkCore;

namespace McodeBench.Engine.Tests.Results;

/// <summary>The estimate learns from what earlier runs produced, is stored with each run, and is set against what the run spent.</summary>
public sealed class RunEstimateHistoryTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_second_estimate_takes_the_output_of_the_first_run_and_each_run_keeps_its_estimate()
    {
        await using var fixture = await EngineFixture.StartAsync(TestDatabaseKind.Sqlite, Token);
        var spec = EngineFixture.Spec(pipeline: PipelineKind.Direct);
        var before = await fixture.Engine.EstimateAsync(spec, Token);
        Assert.Equal("gold answer size", Assert.Single(before.Models).OutputBasis);

        var first = await fixture.Engine.StartRunAsync(spec, Token);
        await fixture.WaitForAsync(first.RunId, RunStatus.Completed, Token);

        // The rules baseline writes no tokens; give its finished tasks the usage a model would have had: 1,000 output
        // tokens each, 200 of them replayed from the response cache.
        var context = fixture.Database.Contexts.Create();
        await using (context.ConfigureAwait(false))
        {
            await context.Tasks.Where(t => t.RunId == first.RunId)
                .ExecuteUpdateAsync(set => set.SetProperty(t => t.OutputTokens, 800L).SetProperty(t => t.WouldBeOutputTokens, 200L), Token);
        }

        var after = await fixture.Engine.EstimateAsync(spec, Token);
        var spent = await new RunSpendingReader(fixture.Database).ReadAsync(first.RunId, Token);
        var stored = await fixture.Database.Runs.GetAsync(first.RunId, Token);

        Assert.Equal("earlier runs of these prompts on this model", Assert.Single(after.Models).OutputBasis);
        Assert.Equal(1_000L * first.TaskCount, after.OutputTokens);
        Assert.Equal((first.TaskCount, 1_000L * first.TaskCount), (spent.FinishedTasks, spent.OutputTokens));
        Assert.Equal(before.OutputTokens, stored!.Estimate!.OutputTokens);
        Assert.Equal(before.Tasks, stored.Estimate.Tasks);
    }

    [Fact]
    public async Task A_run_over_the_task_limit_is_rejected_naming_the_setting_and_nothing_is_stored()
    {
        await using var fixture = await EngineFixture.StartAsync(TestDatabaseKind.Sqlite, Token);

        var error = await Assert.ThrowsAsync<RunSpecRejectedException>(() => fixture.Engine.StartRunAsync(EngineFixture.Spec(repeats: 100_000_000), Token));

        Assert.Contains("MaxTasksPerRun", error.Message + string.Join(" ", error.Problems.Select(p => p.Fix)), StringComparison.Ordinal);
        Assert.Empty((await fixture.Database.Runs.ListAsync(cancellationToken: Token)).Items);
    }
}
