using McodeBench.Core.Scoring;

namespace McodeBench.Engine.Persistence.Tasks;

/// <summary>
/// The scores a task list sorts and filters by, copied from its score report. Null where the report has no such
/// figure (undefined F1, no mappings) or the task has no report (no gold, not yet run).
/// </summary>
public sealed record HeadlineScores(double? EntityF1Strict, double? EntityF1Type, double? MappingF1Strict, double? MappingF1Lenient, double? Compliance)
{
    public static HeadlineScores None { get; } = new(null, null, null, null, null);

    public static HeadlineScores From(ScoreReport? report) => report is null
        ? None
        : new(
            report.Entities.Strict.F1,
            report.Entities.Type.F1,
            report.Mappings.Strict.F1,
            report.Mappings.Lenient.F1,
            report.Compliance.Compliance);
}
