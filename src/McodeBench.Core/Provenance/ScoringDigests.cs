using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using McodeBench.Core.Annotations;
using McodeBench.Core.Execution;
using McodeBench.Core.Trials;

namespace McodeBench.Core.Provenance;

/// <summary>
/// SHA-256 digests of what a run is scored against: the gold annotations and the trial texts. Each is taken over a
/// canonical serialisation (trials ordered by id, a trial's entities and mappings ordered by their own JSON), so the
/// same gold split over other files, in another order, or with its annotations listed in another order, has the
/// same digest, and any change to an annotation, a span or a text changes it (docs/persistence.md, "Gold provenance").
/// </summary>
public static class ScoringDigests
{
    public const string Prefix = "sha256:";

    /// <summary>Hex digits shown where a digest is shown short (12 hex digits: 48 bits, plenty to tell gold sets apart by eye).</summary>
    public const int ShortLength = 12;

    // Enums by name, so a reordered enum cannot change a digest.
    private static readonly JsonSerializerOptions Canonical = new(JsonSerializerDefaults.General)
    {
        WriteIndented = false,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
        TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver(),
    };

    /// <summary>The digest of these gold standards (one per trial), independent of their order.</summary>
    public static string OfGold(IEnumerable<GoldStandard> standards)
    {
        ArgumentNullException.ThrowIfNull(standards);
        var text = new StringBuilder();
        foreach (var standard in standards.OrderBy(s => s.TrialId, StringComparer.Ordinal))
        {
            text.Append("trial ").Append(JsonSerializer.Serialize(standard.TrialId)).Append('\n');
            foreach (var entity in standard.Entities.Select(e => JsonSerializer.Serialize(e, Canonical)).Order(StringComparer.Ordinal))
            {
                text.Append("entity ").Append(entity).Append('\n');
            }

            foreach (var mapping in standard.Mappings.Select(m => JsonSerializer.Serialize(m, Canonical)).Order(StringComparer.Ordinal))
            {
                text.Append("mapping ").Append(mapping).Append('\n');
            }
        }

        return Hash(text.ToString());
    }

    /// <summary>The digest of the trials' assembled texts (what predictions are anchored in), independent of their order.</summary>
    public static string OfTrialTexts(IEnumerable<TrialText> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var text = new StringBuilder();
        foreach (var trial in texts.OrderBy(t => t.TrialId, StringComparer.Ordinal))
        {
            // Length-prefixed, so no text can imitate the boundary between two trials.
            text.Append("trial ").Append(JsonSerializer.Serialize(trial.TrialId)).Append(' ')
                .Append(trial.Text.Length.ToString(CultureInfo.InvariantCulture)).Append('\n').Append(trial.Text).Append('\n');
        }

        return Hash(text.ToString());
    }

    /// <summary>
    /// The provenance of scoring these trials in this workspace: the digest of their gold (trials without gold add
    /// nothing) and of their texts as assembled for the run's sections. Trials the workspace does not hold are left out.
    /// </summary>
    public static ScoringProvenance For(BenchmarkWorkspace workspace, IEnumerable<string> trialIds)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(trialIds);
        var ids = trialIds.Distinct(StringComparer.Ordinal).ToList();
        var gold = ids.Select(id => workspace.Gold.TryGetValue(id, out var standard) ? standard : null).OfType<GoldStandard>();
        var texts = ids.Where(workspace.Trials.ContainsKey).Select(id => TrialTextAssembler.Assemble(workspace.Trials[id], workspace.Sections));
        return new ScoringProvenance(OfGold(gold), OfTrialTexts(texts));
    }

    /// <summary>The digest shown short (<c>sha256:0123456789ab</c>), or "—" when there is none.</summary>
    public static string Abbreviate(string? digest) =>
        digest is null ? "—"
        : digest.StartsWith(Prefix, StringComparison.Ordinal) && digest.Length > Prefix.Length + ShortLength ? digest[..(Prefix.Length + ShortLength)]
        : digest;

    private static string Hash(string canonical) =>
        Prefix + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
}
