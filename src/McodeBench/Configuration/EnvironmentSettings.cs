namespace McodeBench.Configuration;

/// <summary>
/// Turns <c>MCODEBENCH_</c> environment variables into configuration keys as .NET's environment provider does (prefix
/// removed, <c>__</c> for a section separator), and reads <c>MCODEBENCH_DB</c> as <c>Database</c> when
/// <c>MCODEBENCH_DATABASE</c> is not set. A setting's words may be separated by single underscores, as environment
/// variables usually are: <c>MCODEBENCH_ACCESS_TOKEN</c> is <c>AccessToken</c>, <c>MCODEBENCH_DATA_DIR</c> is
/// <c>DataDir</c>; the joined spelling (<c>MCODEBENCH_ACCESSTOKEN</c>) works too.
/// </summary>
public static class EnvironmentSettings
{
    public static IReadOnlyList<SettingAssignment> Read(IReadOnlyDictionary<string, string> variables)
    {
        ArgumentNullException.ThrowIfNull(variables);
        var assignments = new List<SettingAssignment>();
        var hasLongDatabaseName = variables.Keys.Any(name =>
            string.Equals(name, SettingNames.EnvironmentPrefix + SettingNames.Database, StringComparison.OrdinalIgnoreCase));
        foreach (var (name, value) in variables.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            if (!name.StartsWith(SettingNames.EnvironmentPrefix, StringComparison.OrdinalIgnoreCase) || name.Length == SettingNames.EnvironmentPrefix.Length)
            {
                continue;
            }

            var key = name[SettingNames.EnvironmentPrefix.Length..].Replace("__", ":", StringComparison.Ordinal);
            if (string.Equals(key, SettingNames.DatabaseShortName, StringComparison.OrdinalIgnoreCase))
            {
                if (hasLongDatabaseName)
                {
                    continue;
                }

                key = SettingNames.Database;
            }

            assignments.Add(new SettingAssignment(WordsJoined(key), value, "environment variable " + name));
        }

        return assignments;
    }

    /// <summary><c>ACCESS_TOKEN</c> → <c>AccessToken</c> when the words joined name a setting; any other key as it was.</summary>
    private static string WordsJoined(string key)
    {
        var separator = key.IndexOf(':', StringComparison.Ordinal);
        var head = separator < 0 ? key : key[..separator];
        if (SettingNames.Find(head) is not null || !head.Contains('_', StringComparison.Ordinal))
        {
            return key;
        }

        return SettingNames.Find(head.Replace("_", string.Empty, StringComparison.Ordinal)) is { } setting
            ? setting + (separator < 0 ? string.Empty : key[separator..])
            : key;
    }
}
