using McodeBench.Core.Annotations;
using McodeBench.Core.Pipelines;
using McodeBench.Core.Scoring;

namespace McodeBench.Core.Tests.Scoring;

public sealed class ScoreAggregatorTests
{
    private static readonly ScoringOptions Options = TestVocabulary.Options();

    private static TaskScore Task(string trialId, IReadOnlyList<Entity> gold, IReadOnlyList<Entity> predicted, int repeat = 0) =>
        new(Scorer.Score(WorkedCheck.Sections, new GoldStandard(trialId, gold, []), new Prediction(predicted, []), Options), repeat);

    [Fact]
    public void Micro_sums_counts_over_tasks_before_computing_P_R_F1()
    {
        var worked = Task("A", WorkedCheck.GoldEntities, WorkedCheck.Predictions);
        var perfect = Task("B", WorkedCheck.GoldEntities, WorkedCheck.GoldEntities);

        var micro = ScoreAggregator.Aggregate([worked, perfect], AggregateView.AllAttempts).Entities.Strict.Micro;

        Assert.Equal((5, 1, 0, 0, 1), (micro.Cor, micro.Inc, micro.Par, micro.Mis, micro.Spu));
        Assert.Equal(5.0 / 7, micro.Precision);
        Assert.Equal(5.0 / 6, micro.Recall);
    }

    [Fact]
    public void Macro_averages_per_trial_F1_only_where_it_is_defined()
    {
        var worked = Task("A", WorkedCheck.GoldEntities, WorkedCheck.Predictions);
        var nothing = Task("B", [], []);
        var missed = Task("C", WorkedCheck.GoldEntities, []);

        var macro = ScoreAggregator.Aggregate([nothing, worked, missed], AggregateView.AllAttempts).Entities.Strict.Macro;

        Assert.Equal(3, macro.Trials);
        Assert.Equal(2, macro.F1.Covered);
        Assert.Equal((worked.Report.Entities.Strict.F1!.Value + 0.0) / 2, macro.F1.Mean!.Value, 12);
        Assert.Equal(1, macro.Precision.Covered); // only A has predictions
        Assert.Equal(0.5, macro.Precision.Mean!.Value, 12);
        Assert.Equal(2, macro.Recall.Covered);
    }

    [Fact]
    public void Macro_is_undefined_when_no_trial_defines_it()
    {
        var macro = ScoreAggregator.Aggregate([Task("A", [], [])], AggregateView.AllAttempts).Entities.Type.Macro;

        Assert.Null(macro.F1.Mean);
        Assert.Equal(0, macro.F1.Covered);
    }

    [Fact]
    public void Repeats_give_the_mean_and_sample_standard_deviation_of_micro_scores()
    {
        // Repeat 0 perfect (F1 1), repeat 1 the worked check (strict F1 4/7), repeat 2 nothing predicted (F1 0).
        TaskScore[] tasks =
        [
            Task("A", WorkedCheck.GoldEntities, WorkedCheck.GoldEntities, repeat: 0),
            Task("A", WorkedCheck.GoldEntities, WorkedCheck.Predictions, repeat: 1),
            Task("A", WorkedCheck.GoldEntities, [], repeat: 2),
        ];
        double[] f1 = [1.0, 4.0 / 7, 0.0];
        var mean = f1.Average();
        var deviation = Math.Sqrt(f1.Sum(x => (x - mean) * (x - mean)) / 2);

        var repeats = ScoreAggregator.Aggregate(tasks, AggregateView.AllAttempts).Entities.Strict.Repeats;

        Assert.Equal(3, repeats.F1.Repeats);
        Assert.Equal(mean, repeats.F1.Mean!.Value, 12);
        Assert.Equal(deviation, repeats.F1.StandardDeviation!.Value, 12);
        Assert.Equal(2, repeats.Precision.Repeats); // precision is undefined for the empty repeat
    }

    [Fact]
    public void One_repeat_has_no_standard_deviation()
    {
        var repeats = ScoreAggregator.Aggregate([Task("A", WorkedCheck.GoldEntities, WorkedCheck.Predictions)], AggregateView.AllAttempts).Entities.Strict.Repeats;

        Assert.Equal(1, repeats.F1.Repeats);
        Assert.Null(repeats.F1.StandardDeviation);
    }

    [Fact]
    public void A_failed_task_counts_its_gold_as_missed_in_all_attempts_and_is_left_out_of_successful_only()
    {
        var worked = Task("A", WorkedCheck.GoldEntities, WorkedCheck.Predictions);
        var failed = TaskScore.ForFailure(new GoldStandard("B", WorkedCheck.GoldEntities, [new Mapping("TumorMarkerTest", "HER2")]), FailureClass.Timeout, Options);

        var report = ScoreAggregator.AggregateBothViews([worked, failed]);

        var all = report.AllAttempts;
        Assert.Equal((2, 1, 2, 0.5), (all.AttemptedTasks, all.FailedTasks, all.ScoredTasks, all.FailureRate));
        Assert.Equal(3, all.Entities.Strict.Micro.Mis);
        Assert.Equal(1, all.Mappings.Strict.Micro.Mis);
        Assert.Equal(2.0 / 6, all.Entities.Strict.Micro.Recall);
        Assert.Equal(1, all.FailuresByClass["timeout"]);

        var successful = report.SuccessfulOnly;
        Assert.Equal((2, 1, 1, 0.5), (successful.AttemptedTasks, successful.FailedTasks, successful.ScoredTasks, successful.FailureRate));
        Assert.Equal(worked.Report.Entities.Strict, successful.Entities.Strict.Micro);
        Assert.Equal(0, successful.Mappings.Strict.Micro.Mis);
    }

    [Fact]
    public void Breakdowns_aggregate_per_type_and_per_element()
    {
        var worked = Task("A", WorkedCheck.GoldEntities, WorkedCheck.Predictions);
        var again = Task("B", WorkedCheck.GoldEntities, WorkedCheck.Predictions);

        var aggregate = ScoreAggregator.Aggregate([worked, again], AggregateView.AllAttempts);

        Assert.Equal(["biomarker", "condition", "medication"], aggregate.PerEntityType.Keys);
        Assert.Equal((2, 2), (aggregate.PerEntityType["condition"].Strict.Micro.Inc, aggregate.PerEntityType["condition"].Partial.Micro.Par));
        Assert.Equal((2, 2), (aggregate.PerEntityType["medication"].Strict.Micro.Cor, aggregate.PerEntityType["medication"].Strict.Micro.Spu));
        Assert.Equal(2, aggregate.Unsupported);
    }

    [Fact]
    public void A_trial_and_repeat_scored_twice_is_rejected()
    {
        var task = Task("A", WorkedCheck.GoldEntities, WorkedCheck.Predictions);

        var error = Assert.Throws<ArgumentException>(() => ScoreAggregator.Aggregate([task, task], AggregateView.AllAttempts));

        Assert.Contains("Trial A, repeat 0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Aggregates_do_not_depend_on_task_order()
    {
        var tasks = new[]
        {
            Task("A", WorkedCheck.GoldEntities, WorkedCheck.Predictions),
            Task("B", WorkedCheck.GoldEntities, WorkedCheck.GoldEntities.Take(1).ToList()),
            Task("C", WorkedCheck.GoldEntities.Skip(1).ToList(), WorkedCheck.Predictions),
            Task("A", WorkedCheck.GoldEntities, [], repeat: 1),
        };
        var expected = ScoreAggregator.AggregateBothViews(tasks).ToJson();

        Assert.Equal(expected, ScoreAggregator.AggregateBothViews(tasks.Reverse()).ToJson());
        Assert.Equal(expected, ScoreAggregator.AggregateBothViews([tasks[2], tasks[0], tasks[3], tasks[1]]).ToJson());
    }
}
