using System.Text.Json;

namespace McodeBench.Web.Api;

/// <summary>
/// Reads enum values in query strings as the API writes them (snake_case: <c>all_failed</c>), and also as C# names
/// (<c>AllFailed</c>), case-insensitively; an unknown value gets a message listing the known ones.
/// </summary>
internal static class QueryEnum
{
    public static bool TryParse<T>(string? text, string parameter, out T? value, out string? problem)
        where T : struct, Enum
    {
        value = null;
        problem = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        var wanted = text.Trim().Replace("_", string.Empty, StringComparison.Ordinal);
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (string.Equals(candidate.ToString(), wanted, StringComparison.OrdinalIgnoreCase))
            {
                value = candidate;
                return true;
            }
        }

        problem = $"{parameter} is '{text}'; use one of {string.Join(", ", Enum.GetValues<T>().Select(WireName))}.";
        return false;
    }

    public static string WireName<T>(T value)
        where T : struct, Enum => JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());
}
