using System.Diagnostics.CodeAnalysis;
using McodeBench.Core.Statistics.Strata;
using McodeBench.Core.Trials;

namespace McodeBench.Engine.Results;

/// <summary>
/// Which stratum each trial falls in for a <see cref="StratumDimension"/>, from the trial records the workspace holds.
/// A trial the workspace no longer holds is left out, so it lands in <see cref="StratifiedStatistics.Unassigned"/>.
/// </summary>
public static class TrialStrata
{
    /// <summary>The names accepted on the command line and in the REST API, in <see cref="StratumDimension"/> order.</summary>
    public static IReadOnlyList<string> Names { get; } = ["condition", "phase", "length"];

    public static bool TryParse(string? text, [NotNullWhen(true)] out StratumDimension? dimension)
    {
        var index = text is null ? -1 : Names.ToList().FindIndex(name => string.Equals(name, text.Trim(), StringComparison.OrdinalIgnoreCase));
        dimension = index < 0 ? null : (StratumDimension)index;
        return dimension is not null;
    }

    public static string NameOf(StratumDimension dimension) => Names[(int)dimension];

    /// <param name="trials">The trials by id, as <c>BenchmarkWorkspace.Trials</c> holds them.</param>
    /// <param name="sections">The sections assembled into the model's text (<c>BenchmarkWorkspace.Sections</c>), for <see cref="StratumDimension.Length"/>.</param>
    /// <param name="trialIds">The trials to place (those of the run).</param>
    public static IReadOnlyDictionary<string, string> Assign(
        StratumDimension dimension,
        IReadOnlyDictionary<string, Trial> trials,
        IReadOnlyList<string> sections,
        IEnumerable<string> trialIds)
    {
        ArgumentNullException.ThrowIfNull(trials);
        ArgumentNullException.ThrowIfNull(sections);
        ArgumentNullException.ThrowIfNull(trialIds);
        var known = trialIds.Distinct(StringComparer.Ordinal)
            .Select(id => trials.TryGetValue(id, out var trial) ? trial : null)
            .OfType<Trial>()
            .ToList();
        return dimension switch
        {
            StratumDimension.Condition => known.ToDictionary(t => t.Id, ConditionOf, StringComparer.Ordinal),
            StratumDimension.Phase => known.ToDictionary(t => t.Id, PhaseOf, StringComparer.Ordinal),
            StratumDimension.Length => TextLengthTertiles.Assign(
                known.ToDictionary(t => t.Id, t => TrialTextAssembler.Assemble(t, sections).Text.Length, StringComparer.Ordinal)),
            _ => throw new ArgumentOutOfRangeException(nameof(dimension), dimension, "Stratify by condition, phase or length."),
        };
    }

    private static string ConditionOf(Trial trial) =>
        trial.Conditions.FirstOrDefault(c => !string.IsNullOrWhiteSpace(c))?.Trim().ToLowerInvariant() ?? "(no condition)";

    private static string PhaseOf(Trial trial)
    {
        var phases = TrialTags.ValuesOf(trial, TrialTags.PhasePrefix).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return phases.Count == 0 ? "NA" : string.Join('/', phases);
    }
}
