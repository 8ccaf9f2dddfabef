using McodeBench.Core.Reports.Breakdowns;
using McodeBench.Core.Scoring;

namespace McodeBench.Core.Tests.Reports.Tables;

/// <summary>Per entity type and per element breakdowns of <see cref="ResultsFixture.SimulatedAndGood"/>.</summary>
public sealed class BreakdownTableTests
{
    private const double Tolerance = 1e-9;

    [Fact]
    public void Per_entity_type_sums_counts_over_the_runs_scored_tasks()
    {
        var rows = BreakdownTable.PerEntityType(ResultsFixture.SimulatedAndGood, EntityScheme.Type, AggregateView.AllAttempts);

        Assert.Equal(["biomarker", "medication"], rows.Select(r => r.Name));

        // biomarker: found by sim r0, r1 and good, missed by the failed r2.
        Assert.Equal(new OutcomeCounts(3, 0, 0, 1, 0), rows[0].Counts);
        Assert.Equal(1.0, rows[0].Precision!.Value, Tolerance);
        Assert.Equal(0.75, rows[0].Recall!.Value, Tolerance);
        Assert.Equal(6.0 / 7, rows[0].F1!.Value, Tolerance);

        // medication: found by sim r0 and good, missed by r1 and r2; "aspirin" is spurious under the predicted type.
        Assert.Equal(new OutcomeCounts(2, 0, 0, 2, 1), rows[1].Counts);
        Assert.Equal(4.0 / 7, rows[1].F1!.Value, Tolerance);
    }

    [Fact]
    public void Successful_only_leaves_the_failed_tasks_misses_out()
    {
        var rows = BreakdownTable.PerEntityType(ResultsFixture.SimulatedAndGood, EntityScheme.Type, AggregateView.SuccessfulOnly);

        Assert.Equal(new OutcomeCounts(3, 0, 0, 0, 0), rows[0].Counts);
        Assert.Equal(new OutcomeCounts(2, 0, 0, 1, 1), rows[1].Counts);
    }

    [Fact]
    public void Per_element_is_empty_when_nothing_was_mapped()
    {
        Assert.Empty(BreakdownTable.PerElement(ResultsFixture.SimulatedAndGood, MappingScheme.Lenient, AggregateView.AllAttempts));
    }
}
