using System.Text.Json;
using McodeBench.Core.Tests.Support;

namespace McodeBench.Core.Tests.Samples;

/// <summary>One native gold file of the samples, read with System.Text.Json only (no product code involved).</summary>
public sealed record SampleGoldFile(string Path, string Format, int Version, string TrialId, IReadOnlyList<SampleGoldEntity> Entities, IReadOnlyList<SampleGoldMapping> Mappings)
{
    public static IReadOnlyList<SampleGoldFile> LoadAll() =>
        Directory.GetFiles(System.IO.Path.Combine(RepositoryPaths.Samples, "gold"), "*.gold.json")
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(Load)
            .ToList();

    public static SampleGoldFile Load(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var root = document.RootElement;
        var trial = root.GetProperty("trials").EnumerateArray().Single();
        return new SampleGoldFile(
            path,
            root.GetProperty("format").GetString() ?? string.Empty,
            root.GetProperty("version").GetInt32(),
            trial.GetProperty("trial_id").GetString() ?? string.Empty,
            trial.GetProperty("entities").EnumerateArray().Select(e => new SampleGoldEntity(
                e.GetProperty("id").GetString()!,
                e.GetProperty("section").GetString()!,
                e.GetProperty("start").GetInt32(),
                e.GetProperty("end").GetInt32(),
                e.GetProperty("text").GetString()!,
                e.GetProperty("type").GetString()!,
                e.GetProperty("criterion").GetString()!,
                e.GetProperty("negated").GetBoolean())).ToList(),
            trial.GetProperty("mappings").EnumerateArray().Select(m => new SampleGoldMapping(
                m.GetProperty("element").GetString()!,
                m.GetProperty("value").GetString()!,
                m.TryGetProperty("code", out var code) ? code.GetProperty("system").GetString() : null,
                m.TryGetProperty("code", out var code2) ? code2.GetProperty("code").GetString() : null,
                m.GetProperty("entity_id").GetString()!)).ToList());
    }
}
