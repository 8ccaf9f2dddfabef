using System.Text.Json;
using System.Text.Json.Serialization;

namespace McodeBench.Web.Api;

/// <summary>
/// The API's JSON: snake_case names and enum values, like the run spec's field paths in validation messages
/// (<c>prompt_keys[1]</c>) and the stored JSON columns, so an error names the field exactly as the client wrote it.
/// </summary>
public static class TrackerApiJson
{
    public static void Configure(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
        options.DictionaryKeyPolicy = null;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
    }

    /// <summary>Options configured like the API's, for clients and tests.</summary>
    public static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        Configure(options);
        return options;
    }
}
