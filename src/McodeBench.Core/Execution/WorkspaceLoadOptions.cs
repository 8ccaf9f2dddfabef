using McodeBench.Core.Scoring;

namespace McodeBench.Core.Execution;

/// <summary>How a workspace is read and scored, beyond where its files are (<see cref="WorkspacePaths"/>).</summary>
public sealed record WorkspaceLoadOptions
{
    /// <summary>The setting that sets <see cref="MaxTrialFileMb"/>, named in the error a larger file gets.</summary>
    public const string MaxTrialFileMbSetting = "MaxTrialFileMb";

    /// <summary>
    /// 50 MB: a CT.gov v2 record is tens of kilobytes and the full 82-record reference set a few megabytes, so a file
    /// this large is almost surely not a trial record (a database dump, a wrong folder) and would be read whole into memory.
    /// </summary>
    public const int DefaultMaxTrialFileMb = 50;

    /// <summary>The largest limit accepted (4 GB), a bound rather than a target.</summary>
    public const int MaxMaxTrialFileMb = 4_096;

    public static WorkspaceLoadOptions Default { get; } = new();

    public ValueComparison ValueComparison { get; init; } = ValueComparison.Clinical;

    public int MaxTrialFileMb { get; init; } = DefaultMaxTrialFileMb;

    public long MaxTrialFileBytes => MaxTrialFileMb * 1024L * 1024L;
}
