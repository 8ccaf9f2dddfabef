namespace McodeBench.Engine.Persistence.Caching;

/// <summary>What the response cache's in-process memory front holds now, against its bound.</summary>
/// <param name="Entries">Answers held.</param>
/// <param name="Bytes">Their compressed size plus the per-entry allowance, as counted against the bound.</param>
/// <param name="LimitBytes"><see cref="DatabaseOptions.ResponseCacheMemoryBytes"/>.</param>
public sealed record MemoryFrontUsage(long Entries, long Bytes, long LimitBytes);
