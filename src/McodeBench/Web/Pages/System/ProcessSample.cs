namespace McodeBench.Web.Pages.SystemStatus;

/// <summary>
/// The process and the engine at one moment. CPU is the share of all cores this process used since the previous
/// sample (null for the first); memory in bytes.
/// </summary>
public sealed record ProcessSample(
    DateTime TimeUtc,
    double? CpuPercent,
    long WorkingSetBytes,
    long GcHeapBytes,
    long GcCommittedBytes,
    int Gen0Collections,
    int Gen1Collections,
    int Gen2Collections,
    double GcPauseTimePercent,
    int Threads,
    int ThreadPoolThreads,
    long ThreadPoolPendingItems,
    int InFlight,
    int Queued,
    int RateLimitReports,
    long TasksFinished);
