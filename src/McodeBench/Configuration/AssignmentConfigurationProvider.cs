using Microsoft.Extensions.Configuration;

namespace McodeBench.Configuration;

/// <summary>
/// A configuration provider that remembers where each of its values was set, so that <c>config show</c> can name the
/// exact environment variable or command-line option behind a value.
/// </summary>
public sealed class AssignmentConfigurationProvider : ConfigurationProvider
{
    private readonly Dictionary<string, string> origins = new(StringComparer.OrdinalIgnoreCase);

    public AssignmentConfigurationProvider(IReadOnlyList<SettingAssignment> assignments)
    {
        ArgumentNullException.ThrowIfNull(assignments);
        foreach (var assignment in assignments)
        {
            Data[assignment.Key] = assignment.Value;
            origins[assignment.Key] = assignment.Origin;
        }
    }

    /// <summary>Where the value of <paramref name="key"/> (or the first of its children) was set, or null.</summary>
    public string? OriginOf(string key)
    {
        if (origins.TryGetValue(key, out var origin))
        {
            return origin;
        }

        var prefix = key + ConfigurationPath.KeyDelimiter;
        return origins.Where(pair => pair.Key.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            .OrderBy(pair => pair.Key, StringComparer.OrdinalIgnoreCase)
            .Select(pair => pair.Value)
            .FirstOrDefault();
    }
}
