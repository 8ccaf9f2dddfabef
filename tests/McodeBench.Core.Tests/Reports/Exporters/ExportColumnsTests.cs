using System.Text.RegularExpressions;
using McodeBench.Core.Reports.Exporters;
using McodeBench.Core.Scoring;
using McodeBench.Core.Tasks.Runs;
using McodeBench.Core.Tests.Support;

namespace McodeBench.Core.Tests.Reports.Exporters;

public sealed partial class ExportColumnsTests
{
    public static TheoryData<string> Levels => ["task", "combination"];

    [Theory]
    [MemberData(nameof(Levels))]
    public void Column_names_are_unique_snake_case_and_described(string level)
    {
        var columns = Columns(level);

        Assert.Equal(columns.Count, columns.Select(c => c.Name).Distinct(StringComparer.Ordinal).Count());
        Assert.All(columns, c => Assert.Matches(SnakeCase(), c.Name));
        Assert.All(columns, c => Assert.False(string.IsNullOrWhiteSpace(c.Description), c.Name));
    }

    [Theory]
    [MemberData(nameof(Levels))]
    public void Docs_exports_md_lists_every_column(string level)
    {
        var docs = File.ReadAllText(Path.Combine(RepositoryPaths.RepositoryRoot, "docs", "exports.md"));

        Assert.All(Columns(level), c => Assert.Contains($"`{c.Name}`", docs, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_valid_ranking_metric_names_a_combination_column()
    {
        var names = CombinationColumns.All.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        var metrics = Enum.GetValues<RankingMeasure>()
            .SelectMany(measure => Enum.GetValues<RankingTarget>().SelectMany(target => Enum.GetValues<EntityScheme>().Select(scheme => new RankingMetric(measure, target, scheme))))
            .Where(metric => metric.Validate().Count == 0)
            .ToList();

        Assert.NotEmpty(metrics);
        Assert.All(metrics, metric => Assert.Contains(ExportNames.RankingColumn(metric), names));
    }

    private static List<(string Name, string Description)> Columns(string level) => level == "task"
        ? [.. TaskResultColumns.All.Select(c => (c.Name, c.Description))]
        : [.. CombinationColumns.All.Select(c => (c.Name, c.Description))];

    [GeneratedRegex("^[a-z][a-z0-9_]*$")]
    private static partial Regex SnakeCase();
}
