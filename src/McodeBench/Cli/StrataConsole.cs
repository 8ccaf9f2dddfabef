using System.Globalization;
using McodeBench.Core.Statistics.Intervals;
using McodeBench.Core.Statistics.Options;
using McodeBench.Core.Statistics.Strata;
using McodeBench.Engine.Results;
using Spectre.Console;

namespace McodeBench.Cli;

/// <summary><c>runs show --strata</c>: each combination's main figures with intervals per stratum of trials.</summary>
internal static class StrataConsole
{
    private static readonly StatisticFigure[] Shown =
        [StatisticFigure.EntityStrictF1, StatisticFigure.EntityTypeF1, StatisticFigure.MappingStrictF1, StatisticFigure.MappingLenientF1, StatisticFigure.Compliance];

    public static void Print(IAnsiConsole console, IReadOnlyList<StratumStatistics> rows, StratumDimension dimension, Func<string, bool> isSimulated, StatisticsOptions statistics)
    {
        var name = TrialStrata.NameOf(dimension);
        if (rows.Count == 0)
        {
            console.MarkupLine("No task has finished yet: nothing to stratify.");
            return;
        }

        var confidence = statistics.Confidence.ToString("0%", CultureInfo.InvariantCulture);
        var table = new Table().Title(Markup.Escape($"Per {name} — figures with {confidence} CI"))
            .AddColumns("combination", name, "trials", "entity F1 strict", "entity F1 type", "mapping F1 strict", "mapping F1 lenient", "compliance");
        foreach (var row in rows)
        {
            var cells = new List<string>
            {
                Markup.Escape($"{row.Key.Pipeline} · {row.Key.Prompts} on {row.Key.Model}") + (isSimulated(row.Key.Model) ? " [yellow](simulated)[/]" : string.Empty),
                Markup.Escape(row.Stratum),
                row.Trials.ToString(CultureInfo.InvariantCulture),
            };
            cells.AddRange(Shown.Select(figure => row.TooFewTrials
                ? "[grey]too few trials[/]"
                : row.Figures is { } figures && figures.TryGetValue(figure, out var interval)
                    ? Markup.Escape(MetricText.ScoreWithInterval(interval.Point, interval.Interval))
                    : MetricText.Undefined));
            table.AddRow([.. cells]);
        }

        console.Write(table);
        console.MarkupLineInterpolated($"[grey]Each stratum is resampled on its own trials ({statistics.Resamples} resamples); a stratum with fewer than {statistics.MinTrialsPerStratum} trials gets no interval. {StratifiedStatistics.Unassigned} = trials the configured workspace does not hold.[/]");
    }
}
