namespace McodeBench.Core.Gold;

/// <summary>
/// Where one trial's gold annotations came from: the file and the JSON path of the trial and of each entity and mapping
/// (parallel to <c>GoldStandard.Entities</c> and <c>Mappings</c>), so validation can point at the exact place to fix.
/// </summary>
public sealed record GoldSourceMap(string Source, string TrialPath, IReadOnlyList<string> EntityPaths, IReadOnlyList<string> MappingPaths)
{
    /// <summary>Paths for gold built in memory (importers, tests): <c>$.trials[i].entities[j]</c> by position.</summary>
    public static GoldSourceMap ByPosition(string source, int trialIndex, int entityCount, int mappingCount)
    {
        var trialPath = $"$.trials[{trialIndex}]";
        return new GoldSourceMap(
            source,
            trialPath,
            Enumerable.Range(0, entityCount).Select(i => $"{trialPath}.entities[{i}]").ToList(),
            Enumerable.Range(0, mappingCount).Select(i => $"{trialPath}.mappings[{i}]").ToList());
    }

    public string EntityPath(int index) => index < EntityPaths.Count ? EntityPaths[index] : $"{TrialPath}.entities[{index}]";

    public string MappingPath(int index) => index < MappingPaths.Count ? MappingPaths[index] : $"{TrialPath}.mappings[{index}]";
}
