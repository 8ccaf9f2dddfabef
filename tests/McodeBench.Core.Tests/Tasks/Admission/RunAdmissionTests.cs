using System.Diagnostics;
using McodeBench.Core.Execution;
using McodeBench.Core.Tasks;
using McodeBench.Core.Tasks.Admission;
using McodeBench.Core.Tasks.Runs;
using McodeBench.Core.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace McodeBench.Core.Tests.Tasks.Admission;

public sealed class RunAdmissionTests
{
    private static readonly Lazy<Task<BenchmarkWorkspace>> Samples = new(LoadSamplesAsync);

    private static RunSpec Valid => new()
    {
        Name = "admitted",
        PromptKeys = ["extract-structured", "map-coded"],
        ModelKeys = ["simulated-gpt"],
        TrialIds = ["NCT99000001", "NCT99000002"],
        Repeats = 2,
    };

    [Fact]
    public async Task A_valid_spec_is_admitted_with_its_task_count()
    {
        var result = new RunAdmission(await Samples.Value).Check(Valid);

        Assert.True(result.IsAdmitted, string.Join("; ", result.Problems));
        Assert.Equal(4L, result.TaskCount); // 2 repeats × 2 trials × 1 model × 1 prompt pair
    }

    [Fact]
    public async Task Every_field_problem_is_returned_at_once_and_each_once()
    {
        var spec = Valid with
        {
            Name = " ",
            ModelKeys = ["no-such-model"],
            TrialIds = ["NCT00000000"],
            Repeats = 0,
            Concurrency = 0,
            Ranking = new RankingMetric(RankingMeasure.Compliance, RankingTarget.Entity),
        };

        var problems = new RunAdmission(await Samples.Value).Check(spec).Problems;

        Assert.Equal(
            ["concurrency", "model_keys", "name", "ranking.target", "repeats", "trial_ids"],
            problems.Select(p => p.JsonPath).Order(StringComparer.Ordinal));
        // The unknown model is reported as unknown, not also as "the run selects no model".
        Assert.DoesNotContain(problems, p => p.Message.Contains("selects no", StringComparison.Ordinal));
        Assert.Contains("no-such-model", Assert.Single(problems, p => p.JsonPath == "model_keys").Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Messages_name_no_dotnet_types()
    {
        var spec = Valid with { Name = "", PromptKeys = ["extract-structured"], ModelKeys = ["gpt-4o-minii"], Repeats = -1, Concurrency = int.MaxValue, TopN = 0 };

        var problems = new RunAdmission(await Samples.Value).Check(spec).Problems;

        Assert.NotEmpty(problems);
        foreach (var text in problems.Select(p => p.Message + " " + p.Fix))
        {
            Assert.DoesNotContain("System.", text, StringComparison.Ordinal);
            Assert.DoesNotContain("McodeBench.", text, StringComparison.Ordinal);
            Assert.DoesNotContain("RunSpec", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_hundred_million_repeats_are_refused_at_once_naming_the_setting()
    {
        var admission = new RunAdmission(await Samples.Value);
        var spec = Valid with { Repeats = 100_000_000 };
        var clock = Stopwatch.StartNew();

        var result = admission.Check(spec);
        var refused = Assert.Throws<InvalidRunSpecException>(() => admission.Estimate(spec, cancellationToken: TestContext.Current.CancellationToken));

        // Counted from the dimensions, nothing materialised: far under a second (the old path built 200M tasks).
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
        Assert.Equal(200_000_000L, result.TaskCount);
        var problem = Assert.Single(result.Problems);
        Assert.Equal("repeats", problem.JsonPath);
        Assert.Contains("200,000,000 tasks", problem.Message, StringComparison.Ordinal);
        Assert.Contains(RunAdmission.MaxTasksPerRunSetting, problem.Message + problem.Fix, StringComparison.Ordinal);
        Assert.Contains(RunAdmission.MaxTasksPerRunSetting, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_largest_int_of_repeats_is_a_refusal_not_an_overflow()
    {
        var result = new RunAdmission(await Samples.Value).Check(Valid with { Repeats = int.MaxValue });

        Assert.Equal(2L * int.MaxValue, result.TaskCount);
        Assert.Contains(RunAdmission.MaxTasksPerRunSetting, Assert.Single(result.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_limit_is_the_configured_one()
    {
        var workspace = await Samples.Value;

        Assert.True(new RunAdmission(workspace, maxTasksPerRun: 4).Check(Valid).IsAdmitted);
        Assert.Contains("more than the 3 a run may have", Assert.Single(new RunAdmission(workspace, maxTasksPerRun: 3).Check(Valid).Problems).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(RunSpec.MaxConcurrency + 1)]
    public async Task Concurrency_is_bounded(int concurrency)
    {
        var spec = Valid with { Concurrency = concurrency, ModelConcurrency = new Dictionary<string, int> { ["simulated-gpt"] = concurrency } };

        var problems = new RunAdmission(await Samples.Value).Check(spec).Problems;

        Assert.Equal(["concurrency", "model_concurrency.simulated-gpt"], problems.Select(p => p.JsonPath).Order(StringComparer.Ordinal));
        Assert.All(problems, p => Assert.Contains("from 1 to 1,000", p.Message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_estimate_is_stamped_by_the_clock_it_is_given()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2031, 5, 6, 7, 8, 9, TimeSpan.Zero));

        var estimate = new RunAdmission(await Samples.Value, clock: clock).Estimate(Valid, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(new DateTime(2031, 5, 6, 7, 8, 9, DateTimeKind.Utc), estimate.EstimatedUtc);
        Assert.Equal(4L, estimate.Tasks);
    }

    [Fact]
    public async Task A_cancelled_estimate_stops()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        var admission = new RunAdmission(await Samples.Value);

        Assert.Throws<OperationCanceledException>(() => admission.Estimate(Valid, cancellationToken: cancelled.Token));
    }

    private static async Task<BenchmarkWorkspace> LoadSamplesAsync()
    {
        var loaded = await BenchmarkWorkspaceLoader.LoadAsync(WorkspacePaths.FromSamples(RepositoryPaths.Samples), CancellationToken.None);
        Assert.False(loaded.HasErrors, string.Join(Environment.NewLine, loaded.Errors));
        return loaded.Workspace!;
    }
}
