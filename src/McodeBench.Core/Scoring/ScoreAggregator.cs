using McodeBench.Core.Mcode;
using McodeBench.Core.Pipelines;

namespace McodeBench.Core.Scoring;

/// <summary>Aggregates task scores (micro, macro, per type, per element, repeats) in either view of failed tasks.</summary>
public static class ScoreAggregator
{
    public static AggregateReport AggregateBothViews(IEnumerable<TaskScore> tasks)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        var list = tasks.ToList();
        return new AggregateReport(Aggregate(list, AggregateView.AllAttempts), Aggregate(list, AggregateView.SuccessfulOnly));
    }

    public static AggregateScore Aggregate(IEnumerable<TaskScore> tasks, AggregateView view)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        var attempted = tasks.ToList();
        RejectDuplicates(attempted);
        var failed = attempted.Count(task => task.Failed);
        var scored = view == AggregateView.AllAttempts ? attempted : attempted.Where(task => !task.Failed).ToList();

        var perEntityType = scored
            .SelectMany(task => task.Report.PerEntityType.Select(entry => (Type: entry.Key, Task: task, Counts: entry.Value)))
            .GroupBy(entry => entry.Type, StringComparer.Ordinal)
            .ToDictionary(
                group => group.Key,
                group => Schemes.ForEntities(scheme => SchemeAggregate.Of(group.Select(e => (e.Task.TrialId, e.Task.Repeat, e.Counts.Get(scheme))))),
                StringComparer.Ordinal);
        var perElement = scored
            .SelectMany(task => task.Report.PerElement.Select(entry => (Element: entry.Key, Task: task, Counts: entry.Value)))
            .GroupBy(entry => entry.Element, StringComparer.Ordinal)
            .ToDictionary(
                group => group.Key,
                group => Schemes.ForMappings(scheme => SchemeAggregate.Of(group.Select(e => (e.Task.TrialId, e.Task.Repeat, e.Counts.Get(scheme))))),
                StringComparer.Ordinal);

        return new AggregateScore(
            view,
            attempted.Count,
            failed,
            scored.Count,
            attempted.Count == 0 ? null : (double)failed / attempted.Count,
            Enum.GetValues<FailureClass>().ToDictionary(
                failure => failure.ToWireName(),
                failure => attempted.Count(task => task.Failure == failure),
                StringComparer.Ordinal),
            Schemes.ForEntities(scheme => SchemeAggregate.Of(scored.Select(t => (t.TrialId, t.Repeat, t.Report.Entities.Get(scheme))))),
            Schemes.ForMappings(scheme => SchemeAggregate.Of(scored.Select(t => (t.TrialId, t.Repeat, t.Report.Mappings.Get(scheme))))),
            new SortedDictionary<string, EntitySchemes<SchemeAggregate>>(perEntityType, StringComparer.Ordinal),
            new SortedDictionary<string, MappingSchemes<SchemeAggregate>>(perElement, StringComparer.Ordinal),
            scored.Aggregate(ComplianceSummary.Empty, (sum, task) => sum.Add(task.Report.Compliance)),
            scored.Sum(task => task.Report.Unsupported));
    }

    private static void RejectDuplicates(List<TaskScore> tasks)
    {
        var duplicate = tasks.GroupBy(task => (task.TrialId, task.Repeat)).FirstOrDefault(group => group.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException(
                $"Trial {duplicate.Key.TrialId}, repeat {duplicate.Key.Repeat} is scored {duplicate.Count()} times; each (trial, repeat) may appear once in an aggregate (give repeats distinct indexes).",
                nameof(tasks));
        }
    }
}
