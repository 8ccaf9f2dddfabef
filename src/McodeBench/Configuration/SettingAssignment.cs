namespace McodeBench.Configuration;

/// <summary>One configuration value set outside a file, and where it was set (shown by <c>config show</c>).</summary>
/// <param name="Key">A configuration key, sections joined with <c>:</c> (<c>Trials:0</c>).</param>
/// <param name="Origin">Where it came from, e.g. <c>environment variable MCODEBENCH_DATADIR</c> or <c>command line --data-dir</c>.</param>
public sealed record SettingAssignment(string Key, string Value, string Origin);
