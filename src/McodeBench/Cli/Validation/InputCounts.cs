using System.Globalization;
using System.Text.Json.Nodes;
using McodeBench.Core.Annotations;
using McodeBench.Core.Mcode;
using McodeBench.Core.Trials;

namespace McodeBench.Cli.Validation;

/// <summary>
/// What <c>validate</c> loaded from an input, so a user sees "82 trials" rather than only "ok": a wrong folder or a
/// filter that matched nothing shows as a count, not as silence. Null means the input holds no such thing.
/// </summary>
internal sealed record InputCounts
{
    public static InputCounts None { get; } = new();

    public int? Trials { get; init; }

    public int? Sections { get; init; }

    public int? GoldTrials { get; init; }

    /// <summary>Gold entities per canonical type.</summary>
    public IReadOnlyDictionary<string, int>? GoldEntities { get; init; }

    /// <summary>Gold mappings per mCODE element, as written.</summary>
    public IReadOnlyDictionary<string, int>? GoldMappings { get; init; }

    public int? Prompts { get; init; }

    public int? Models { get; init; }

    /// <summary>Predicted tasks (trial × repeat entries).</summary>
    public int? Predictions { get; init; }

    public static InputCounts OfTrials(IReadOnlyCollection<Trial> trials) =>
        new() { Trials = trials.Count, Sections = trials.Sum(trial => trial.Sections.Count) };

    public static InputCounts OfGold(IReadOnlyCollection<GoldStandard> standards) => new()
    {
        GoldTrials = standards.Count,
        GoldEntities = CountBy(standards.SelectMany(s => s.Entities).Select(e => EntityTypeAliases.Resolve(e.Type))),
        GoldMappings = CountBy(standards.SelectMany(s => s.Mappings).Select(m => m.Element)),
    };

    /// <summary>Both counts, taking each figure from whichever side has it (for a workspace, and brat gold that brings its trials).</summary>
    public InputCounts With(InputCounts other) => new()
    {
        Trials = Trials ?? other.Trials,
        Sections = Sections ?? other.Sections,
        GoldTrials = GoldTrials ?? other.GoldTrials,
        GoldEntities = GoldEntities ?? other.GoldEntities,
        GoldMappings = GoldMappings ?? other.GoldMappings,
        Prompts = Prompts ?? other.Prompts,
        Models = Models ?? other.Models,
        Predictions = Predictions ?? other.Predictions,
    };

    /// <summary>"82 trials (410 sections); gold for 3 trials: 40 entities (condition 12, ...), 5 mappings (...)", or empty.</summary>
    public string Describe()
    {
        var parts = new List<string>();
        if (Prompts is { } prompts)
        {
            parts.Add(Count(prompts, "prompt"));
        }

        if (Models is { } models)
        {
            parts.Add(Count(models, "model"));
        }

        if (Trials is { } trials)
        {
            parts.Add($"{Count(trials, "trial")} ({Count(Sections ?? 0, "section")})");
        }

        if (GoldTrials is { } goldTrials)
        {
            parts.Add($"gold for {Count(goldTrials, "trial")}: {Breakdown(GoldEntities, "entity", "entities")}, {Breakdown(GoldMappings, "mapping", "mappings")}");
        }

        if (Predictions is { } predictions)
        {
            parts.Add(Count(predictions, "predicted task"));
        }

        return string.Join("; ", parts);
    }

    public JsonObject ToJson()
    {
        var json = new JsonObject();
        void Add(string name, int? value)
        {
            if (value is { } v)
            {
                json[name] = v;
            }
        }

        Add("prompts", Prompts);
        Add("models", Models);
        Add("trials", Trials);
        Add("sections", Sections);
        Add("gold_trials", GoldTrials);
        if (GoldEntities is { } entities)
        {
            json["gold_entities"] = ToJson(entities);
        }

        if (GoldMappings is { } mappings)
        {
            json["gold_mappings"] = ToJson(mappings);
        }

        Add("predictions", Predictions);
        return json;
    }

    private static JsonObject ToJson(IReadOnlyDictionary<string, int> counts)
    {
        var json = new JsonObject { ["total"] = counts.Values.Sum() };
        var byType = new JsonObject();
        foreach (var (key, count) in counts)
        {
            byType[key] = count;
        }

        json["by_type"] = byType;
        return json;
    }

    private static SortedDictionary<string, int> CountBy(IEnumerable<string> keys)
    {
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }

        return counts;
    }

    private static string Breakdown(IReadOnlyDictionary<string, int>? counts, string one, string many)
    {
        var total = counts?.Values.Sum() ?? 0;
        var head = $"{total.ToString(CultureInfo.InvariantCulture)} {(total == 1 ? one : many)}";
        return total == 0 ? head : $"{head} ({string.Join(", ", counts!.Select(pair => $"{pair.Key} {pair.Value.ToString(CultureInfo.InvariantCulture)}"))})";
    }

    private static string Count(int count, string noun) => $"{count.ToString(CultureInfo.InvariantCulture)} {noun}{(count == 1 ? string.Empty : "s")}";
}
