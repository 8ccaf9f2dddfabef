namespace McodeBench.Web;

/// <summary>
/// Addresses of the tracker's pages. Task ids contain slashes (<c>run/r0/NCT…/model/prompt</c>), so the task page's
/// route takes the rest of the path (<c>/tasks/{*TaskId}</c>) and each part of the id is escaped on its own.
/// </summary>
public static class TrackerLinks
{
    public const string Tracker = "/";

    public const string NewBenchmark = "/benchmarks/new";

    public const string Runs = "/runs";

    public const string Results = "/results";

    public static string Run(string runId) => "/runs/" + EscapePath(runId);

    public static string Task(string taskId) => "/tasks/" + EscapePath(taskId);

    /// <summary>The tracker filtered to one run.</summary>
    public static string TrackerForRun(string runId) => "/?run=" + Uri.EscapeDataString(runId);

    public static string EscapePath(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return string.Join('/', id.Split('/').Select(Uri.EscapeDataString));
    }
}
