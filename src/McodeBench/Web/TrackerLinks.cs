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

    public const string ComparePage = "/compare";

    /// <summary>Run B against run A on the compare page; either may be left for the reader to pick.</summary>
    public static string Compare(string? runIdA, string? runIdB)
    {
        var query = new List<string>();
        if (!string.IsNullOrWhiteSpace(runIdA))
        {
            query.Add("a=" + Uri.EscapeDataString(runIdA));
        }

        if (!string.IsNullOrWhiteSpace(runIdB))
        {
            query.Add("b=" + Uri.EscapeDataString(runIdB));
        }

        return query.Count == 0 ? ComparePage : ComparePage + "?" + string.Join('&', query);
    }

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
