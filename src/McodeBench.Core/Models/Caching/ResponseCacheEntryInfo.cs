namespace McodeBench.Core.Models.Caching;

/// <summary>One stored entry as <see cref="IResponseCacheStore.ListAsync"/> shows it.</summary>
/// <param name="SizeBytes">Bytes of the entry's stored JSON (the file size for the file-system store).</param>
public sealed record ResponseCacheEntryInfo(
    string Key,
    string? ModelId,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ExpiresAt,
    long SizeBytes);
