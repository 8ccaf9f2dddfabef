using Bunit;
using McodeBench.Core.Annotations;
using McodeBench.Core.Models;
using McodeBench.Core.Pipelines;
using McodeBench.Core.Scoring;
using McodeBench.Core.Tasks;
using McodeBench.Core.Tasks.Runs;
using McodeBench.Engine.Persistence.Runs;
using McodeBench.Engine.Persistence.Tasks;
using McodeBench.Tests.Web.PageSupport;
using McodeBench.Tests.Web.Support;
using McodeBench.Web.Pages.Compare;
using TestContext = Xunit.TestContext;

namespace McodeBench.Tests.Web.Statistics;

public sealed class ComparePageTests
{
    private const string Model = "model-x";

    [Fact]
    public async Task Two_stored_runs_show_delta_interval_and_adjusted_p_and_the_regression()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var environment = await WebTestEnvironment.CreateAsync(cancellationToken);
        // Run A finds both gold entities on 12 trials (entity F1 = 1); run B misses the medication everywhere (F1 = 2/3).
        await SeedAsync(environment, "run-a", StatisticsFixture.Answer.Both, 12, cancellationToken);
        await SeedAsync(environment, "run-b", StatisticsFixture.Answer.BiomarkerOnly, 12, cancellationToken);
        await using var context = new PageTestContext(environment);

        var page = context.RenderAt<ComparePage>("/compare?a=run-a&b=run-b");

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-figure=delta]")), TimeSpan.FromSeconds(30));
        Assert.Equal("1.000", page.Find("[data-figure=value-a]").TextContent.Trim());
        Assert.Equal("0.667", page.Find("[data-figure=value-b]").TextContent.Trim());
        // Every trial moved by the same −1/3, so the paired interval collapses onto Δ; the exact test over 2^12 swaps
        // finds only the observed assignment and its mirror as extreme: p = 2/4096.
        Assert.Equal("\u22120.333 [\u22120.333, \u22120.333]", page.Find("[data-figure=delta]").TextContent.Trim());
        Assert.Equal("<0.001 (exact)", page.Find("[data-figure=p]").TextContent.Trim());
        Assert.Equal("<0.001", page.Find("[data-figure=p-holm]").TextContent.Trim());
        Assert.Equal("regression", page.Find("[data-change]").TextContent.Trim());
        Assert.Contains(Model, page.Find("[data-testid=regressions]").TextContent, StringComparison.Ordinal);
        Assert.Contains("No combination got significantly better", page.Find("[data-testid=improvements]").TextContent, StringComparison.Ordinal);
        Assert.Equal(10, page.FindAll("tr[data-trial]").Count);
    }

    [Fact]
    public async Task An_unknown_run_is_a_message_naming_it()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var environment = await WebTestEnvironment.CreateAsync(cancellationToken);
        await SeedAsync(environment, "run-a", StatisticsFixture.Answer.Both, 1, cancellationToken);
        await using var context = new PageTestContext(environment);

        var page = context.RenderAt<ComparePage>("/compare?a=run-a&b=nope");

        page.WaitForAssertion(() => Assert.Contains("There is no run 'nope' (run B)", page.Find("[data-testid=compare-message]").TextContent, StringComparison.Ordinal), TimeSpan.FromSeconds(10));
        Assert.Empty(page.FindAll("[data-figure=delta]"));
    }

    [Fact]
    public async Task Without_runs_chosen_it_asks_for_them()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var environment = await WebTestEnvironment.CreateAsync(cancellationToken);
        await using var context = new PageTestContext(environment);

        var page = context.RenderAt<ComparePage>("/compare");

        page.WaitForAssertion(() => Assert.Contains("Comparing needs two runs", page.Find("[data-testid=compare-message]").TextContent, StringComparison.Ordinal), TimeSpan.FromSeconds(10));
    }

    /// <summary>Stores a finished direct run of <see cref="Model"/> on the fixture's trials, as the engine would.</summary>
    private static async Task SeedAsync(WebTestEnvironment environment, string runId, StatisticsFixture.Answer answer, int trials, CancellationToken cancellationToken)
    {
        var now = new DateTime(2026, 11, 27, 12, 0, 0, DateTimeKind.Utc);
        var trialIds = Enumerable.Range(0, trials).Select(StatisticsFixture.TrialId).ToList();
        var spec = new RunSpec { Name = runId, PromptKeys = [StatisticsFixture.Prompt], ModelKeys = [Model], TrialIds = trialIds, Pipeline = PipelineKind.Direct };
        var transitions = new TaskStatusTransitions(TimeProvider.System);
        var entries = StatisticsFixture.Entries(runId, Model, answer, trials).ToList();
        foreach (var entry in entries)
        {
            transitions.Apply(entry.Task, TrackedTaskStatus.Queued);
        }

        var database = environment.Database;
        await database.Runs.CreateAsync(new NewRun(runId, spec, new Dictionary<string, string>(), now), entries.Select(e => e.Task).ToList(), cancellationToken);
        foreach (var entry in entries)
        {
            await database.Tasks.ClaimAsync(entry.Task, cancellationToken);
            var prediction = new Prediction(answer == StatisticsFixture.Answer.Both
                ? [new Entity("HER2-positive", "biomarker"), new Entity("trastuzumab", "medication")]
                : [new Entity("HER2-positive", "biomarker")], []);
            var outcome = new AttemptOutcome(entry.Usage, [], [], prediction, entry.Score!.Report, ValidationPassed: true);
            Assert.Equal(TaskWriteResult.Written, await database.Tasks.FinishAsync(entry.Task, TrackedTaskStatus.Completed, outcome, cancellationToken: cancellationToken));
        }
    }
}
