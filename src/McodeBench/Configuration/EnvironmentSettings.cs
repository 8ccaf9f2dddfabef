namespace McodeBench.Configuration;

/// <summary>
/// Turns <c>MCODEBENCH_</c> environment variables into configuration keys as .NET's environment provider does (prefix
/// removed, <c>__</c> for a section separator), and reads <c>MCODEBENCH_DB</c> as <c>Database</c> when
/// <c>MCODEBENCH_DATABASE</c> is not set.
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

            assignments.Add(new SettingAssignment(key, value, "environment variable " + name));
        }

        return assignments;
    }
}
