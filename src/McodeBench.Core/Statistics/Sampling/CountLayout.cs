using McodeBench.Core.Scoring;

namespace McodeBench.Core.Statistics.Sampling;

/// <summary>
/// Where each count sits in the flat int vector of a task or trial: COR, INC, PAR, MIS, SPU for each entity scheme
/// (in <see cref="EntityScheme"/> order), then for each mapping scheme, then compliance (mappings, passing). 32 ints,
/// four 256-bit vectors, so a cluster adds in four instructions.
/// </summary>
internal static class CountLayout
{
    public const int Width = 32;
    public const int ComplianceMappings = 30;
    public const int CompliancePassing = 31;

    /// <summary>Doubles beside the counts: billed cost, would-be cost, latency (ms), task count.</summary>
    public const int MoneyWidth = 4;
    public const int Cost = 0;
    public const int WouldBeCost = 1;
    public const int LatencyMs = 2;
    public const int Tasks = 3;

    public static int EntityBase(EntityScheme scheme) => (int)scheme * 5;

    public static int MappingBase(MappingScheme scheme) => 20 + ((int)scheme * 5);

    public static void Write(ScoreReport report, Span<int> target)
    {
        foreach (var scheme in Enum.GetValues<EntityScheme>())
        {
            WriteCounts(report.Entities.Get(scheme), target[EntityBase(scheme)..]);
        }

        foreach (var scheme in Enum.GetValues<MappingScheme>())
        {
            WriteCounts(report.Mappings.Get(scheme), target[MappingBase(scheme)..]);
        }

        target[ComplianceMappings] = report.Compliance.Mappings;
        target[CompliancePassing] = report.Compliance.Passing;
    }

    private static void WriteCounts(OutcomeCounts counts, Span<int> target)
    {
        target[0] = counts.Cor;
        target[1] = counts.Inc;
        target[2] = counts.Par;
        target[3] = counts.Mis;
        target[4] = counts.Spu;
    }
}
