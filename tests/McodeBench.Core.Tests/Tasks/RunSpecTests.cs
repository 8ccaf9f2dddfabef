using McodeBench.Core.Scoring;
using McodeBench.Core.Tasks;
using McodeBench.Core.Tasks.Runs;

namespace McodeBench.Core.Tests.Tasks;

public sealed class RunSpecTests
{
    private static readonly RunSpec Valid = new()
    {
        Name = "smoke",
        PromptKeys = ["extract-*", "map-basic"],
        ModelKeys = ["tag:cheap"],
        TrialIds = ["NCT0*"],
    };

    [Fact]
    public void A_valid_spec_has_no_diagnostics()
    {
        Assert.Empty(Valid.Validate());
    }

    [Fact]
    public void Every_problem_is_reported_with_its_field()
    {
        var spec = Valid with
        {
            Name = " ",
            PromptKeys = [],
            ModelKeys = ["gpt-4o", ""],
            TrialIds = ["tag:"],
            Repeats = 0,
            Concurrency = 0,
            ModelConcurrency = new Dictionary<string, int> { ["gpt-4o"] = 0 },
            TopN = 0,
        };

        var paths = spec.Validate().Select(d => d.JsonPath).ToList();

        Assert.Equal(["name", "prompt_keys", "model_keys[1]", "trial_ids[0]", "repeats", "concurrency", "model_concurrency.gpt-4o", "top_n"], paths);
    }

    [Fact]
    public void A_two_step_run_with_one_exact_prompt_lacks_its_second_step()
    {
        var diagnostics = (Valid with { PromptKeys = ["extract-basic"] }).Validate();

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("prompt_keys", diagnostic.JsonPath);
        Assert.Contains("extraction and a mapping prompt", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_direct_run_may_have_one_prompt()
    {
        Assert.Empty((Valid with { Pipeline = PipelineKind.Direct, PromptKeys = ["direct-basic"] }).Validate());
    }

    [Theory]
    [InlineData(RankingMeasure.Compliance, RankingTarget.Entity, EntityScheme.Type, "ranking.target")]
    [InlineData(RankingMeasure.F1, RankingTarget.Mapping, EntityScheme.Partial, "ranking.scheme")]
    [InlineData(RankingMeasure.Recall, RankingTarget.Mapping, EntityScheme.Exact, "ranking.scheme")]
    public void Ranking_combinations_without_a_defined_score_are_refused(RankingMeasure measure, RankingTarget target, EntityScheme scheme, string path)
    {
        var diagnostic = Assert.Single((Valid with { Ranking = new RankingMetric(measure, target, scheme) }).Validate());

        Assert.Equal(path, diagnostic.JsonPath);
    }

    [Theory]
    [InlineData(RankingMeasure.Compliance, RankingTarget.Mapping, EntityScheme.Partial)]
    [InlineData(RankingMeasure.F1, RankingTarget.Mapping, EntityScheme.Strict)]
    [InlineData(RankingMeasure.Precision, RankingTarget.Entity, EntityScheme.Partial)]
    public void Ranking_combinations_with_a_defined_score_are_accepted(RankingMeasure measure, RankingTarget target, EntityScheme scheme)
    {
        Assert.Empty((Valid with { Ranking = new RankingMetric(measure, target, scheme) }).Validate());
    }

    [Fact]
    public void Ranking_defaults_to_entity_f1_under_the_type_scheme()
    {
        Assert.Equal(new RankingMetric(RankingMeasure.F1, RankingTarget.Entity, EntityScheme.Type), Valid.Ranking);
    }
}
