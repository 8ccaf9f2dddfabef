using System.Text.Json;
using McodeBench.Core.Tests.Support;

namespace McodeBench.Core.Tests.Samples;

/// <summary>
/// A sample trial read straight from its CT.gov v2 JSON, with section texts computed the way docs/samples.md defines
/// them (conditions and keywords joined with "\n"), independently of the product's trial reader.
/// </summary>
public sealed record SampleTrialFile(string Path, string NctId, IReadOnlyDictionary<string, string> Sections)
{
    public static IReadOnlyList<SampleTrialFile> LoadAll() =>
        Directory.GetFiles(System.IO.Path.Combine(RepositoryPaths.Samples, "trials"), "*.json")
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(Load)
            .ToList();

    public static SampleTrialFile Load(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var protocol = document.RootElement.GetProperty("protocolSection");
        var identification = protocol.GetProperty("identificationModule");
        var conditions = protocol.TryGetProperty("conditionsModule", out var module) ? module : default;
        return new SampleTrialFile(
            path,
            identification.GetProperty("nctId").GetString() ?? string.Empty,
            new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["brief_title"] = Text(identification, "briefTitle"),
                ["official_title"] = Text(identification, "officialTitle"),
                ["conditions"] = Joined(conditions, "conditions"),
                ["keywords"] = Joined(conditions, "keywords"),
                ["brief_summary"] = protocol.TryGetProperty("descriptionModule", out var description) ? Text(description, "briefSummary") : string.Empty,
                ["eligibility"] = protocol.TryGetProperty("eligibilityModule", out var eligibility) ? Text(eligibility, "eligibilityCriteria") : string.Empty,
            });
    }

    private static string Text(JsonElement module, string name) =>
        module.TryGetProperty(name, out var value) ? value.GetString() ?? string.Empty : string.Empty;

    private static string Joined(JsonElement module, string name) =>
        module.ValueKind == JsonValueKind.Object && module.TryGetProperty(name, out var values)
            ? string.Join("\n", values.EnumerateArray().Select(v => v.GetString()))
            : string.Empty;
}
