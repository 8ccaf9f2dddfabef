using McodeBench.Core.Annotations;
using McodeBench.Core.Mcode;

namespace McodeBench.Core.Scoring.Files;

/// <summary>
/// Keeps only entities of some canonical types, on the gold side and the prediction side alike (<c>score --types</c>),
/// so a corpus that annotates only conditions and medications is not scored against predictions of other types.
/// Types are compared after alias resolution; mappings are left as they are (they have elements, not types).
/// </summary>
public sealed class EntityTypeRestriction
{
    private readonly HashSet<string> kept;
    private readonly IEntityTypeNormalizer normalizer;

    public EntityTypeRestriction(IEnumerable<string> types, IEntityTypeNormalizer normalizer)
    {
        ArgumentNullException.ThrowIfNull(types);
        ArgumentNullException.ThrowIfNull(normalizer);
        this.normalizer = normalizer;
        kept = types.Select(normalizer.Normalize).ToHashSet(StringComparer.Ordinal);
    }

    public bool Keeps(Entity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return kept.Contains(normalizer.Normalize(entity.Type));
    }

    public GoldSet Apply(GoldSet gold)
    {
        ArgumentNullException.ThrowIfNull(gold);
        return gold with
        {
            Entries = gold.Entries.Select(entry => entry with { Gold = entry.Gold with { Entities = entry.Gold.Entities.Where(Keeps).ToList() } }).ToList(),
        };
    }

    public PredictionLoadResult Apply(PredictionLoadResult predictions)
    {
        ArgumentNullException.ThrowIfNull(predictions);
        return predictions with
        {
            Tasks = predictions.Tasks
                .Select(task => task.Prediction is { } prediction ? task with { Prediction = prediction with { Entities = prediction.Entities.Where(Keeps).ToList() } } : task)
                .ToList(),
        };
    }
}
