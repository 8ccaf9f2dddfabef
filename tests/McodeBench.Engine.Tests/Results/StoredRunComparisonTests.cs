using McodeBench.Core.Statistics.Options;
using McodeBench.Core.Statistics.RunComparisons;
using McodeBench.Core.Tasks.Runs;
using McodeBench.Engine.Results;
using McodeBench.Engine.Tests.Persistence.Support;

namespace McodeBench.Engine.Tests.Results;

public abstract class StoredRunComparisonTests(TestDatabaseKind kind) : DatabaseTestBase(kind)
{
    private static readonly StatisticsOptions Fast = StatisticsOptions.Default with { Resamples = 200, Shuffles = 199 };

    [Fact]
    public async Task A_run_against_itself_has_every_combination_unchanged()
    {
        await ResultsSeed.SeedAsync(Db, Transitions, Now, Token);

        var result = await StoredRunComparison.BuildAsync(new RunResultsReader(Db), ResultsSeed.RunId, ResultsSeed.RunId, RankingMetric.Default, Fast, Token);

        Assert.Equal(ResultsSeed.RunId, result.RunA.Run.Id);
        Assert.Equal(4, result.Comparison.Rows.Count);
        Assert.Empty(result.Comparison.OnlyInA);
        Assert.Empty(result.Comparison.OnlyInB);
        Assert.All(result.Comparison.Rows, row =>
        {
            Assert.NotEqual(RunChange.Improvement, row.Change);
            Assert.NotEqual(RunChange.Regression, row.Change);
            Assert.Empty(row.Flips);
            if (row.Comparison.Delta is { } delta)
            {
                Assert.Equal(0, delta);
                Assert.Equal(1, row.Comparison.PValue);
            }
        });
        Assert.Null(result.GoldNote);
    }

    [Fact]
    public async Task An_unknown_run_is_named()
    {
        await ResultsSeed.SeedAsync(Db, Transitions, Now, Token);

        var error = await Assert.ThrowsAsync<KeyNotFoundException>(() => StoredRunComparison.BuildAsync(new RunResultsReader(Db), ResultsSeed.RunId, "nope", null, Fast, Token));

        Assert.Contains("'nope' (run B)", error.Message, StringComparison.Ordinal);
    }

    public sealed class OnSqlite() : StoredRunComparisonTests(TestDatabaseKind.Sqlite);

    public sealed class OnPostgres() : StoredRunComparisonTests(TestDatabaseKind.Postgres);
}
