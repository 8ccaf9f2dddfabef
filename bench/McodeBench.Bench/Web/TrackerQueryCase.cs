using McodeBench.Web.Pages.Tracker;

namespace McodeBench.Bench.Web;

/// <summary>One thing a user asks the tracker for: a filter, a sort column and direction, a page.</summary>
internal sealed record TrackerQueryCase(string Name, TrackerFilter Filter, string? SortLabel = null, bool Descending = false, int Offset = 0, int Limit = 50);
