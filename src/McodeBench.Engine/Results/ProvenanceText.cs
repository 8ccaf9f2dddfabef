using System.Globalization;
using McodeBench.Core.Provenance;
using McodeBench.Core.Scoring.Agreement;
using McodeBench.Engine.Persistence.Rescoring;

namespace McodeBench.Engine.Results;

/// <summary>How gold provenance and the agreement ceiling are written for people, the same in <c>runs show</c> and on the run page.</summary>
public static class ProvenanceText
{
    public static string Describe(string? goldDigest, string? trialTextDigest) =>
        goldDigest is null
            ? "(not recorded: the run predates gold digests; mcodebench rescore records them)"
            : $"gold {ScoringDigests.Abbreviate(goldDigest)}, trial texts {ScoringDigests.Abbreviate(trialTextDigest)}";

    public static string Earlier(ArchivedScores earlier)
    {
        ArgumentNullException.ThrowIfNull(earlier);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"gold {ScoringDigests.Abbreviate(earlier.GoldDigest)}: {earlier.Reports} task report(s), replaced {earlier.ReplacedUtc:yyyy-MM-dd HH:mm:ss} UTC");
    }

    public static string Ceiling(AgreementCeiling ceiling)
    {
        ArgumentNullException.ThrowIfNull(ceiling);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"annotator agreement (ceiling), {ceiling.Trials} trial(s): entity F1 type {Figure(ceiling.EntityF1Type)}, strict {Figure(ceiling.EntityF1Strict)}; mapping F1 strict {Figure(ceiling.MappingF1Strict)}, lenient {Figure(ceiling.MappingF1Lenient)}");
    }

    private static string Figure(double? value) => value is double v ? v.ToString("0.000", CultureInfo.InvariantCulture) : "—";
}
