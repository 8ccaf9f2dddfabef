using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using McodeBench.Core.Scoring;

namespace McodeBench.Engine.Persistence;

/// <summary>
/// How JSON columns are written: snake_case names and enum values, compact. Score reports use Core's
/// <see cref="ScoringJson"/> (unindented), so a stored report is exactly the report format.
/// </summary>
public static class PersistenceJson
{
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>Core's score report format (<see cref="ScoringJson"/>) without indentation: the same document, a third smaller.</summary>
    public static JsonSerializerOptions ScoreReports { get; } = new(ScoringJson.Options) { WriteIndented = false };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Deserialize<T>(string json, string what) =>
        JsonSerializer.Deserialize<T>(json, Options)
        ?? throw new JsonException($"The stored {what} is JSON null; the row was written by something other than McodeBench.");

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            DictionaryKeyPolicy = null,
            WriteIndented = false,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
        options.MakeReadOnly();
        return options;
    }
}
