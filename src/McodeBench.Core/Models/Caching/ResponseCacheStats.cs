namespace McodeBench.Core.Models.Caching;

/// <summary>Size of a response cache and how it has been used by this store instance.</summary>
/// <param name="Entries">Stored entries, expired ones not yet pruned included.</param>
/// <param name="Bytes">Bytes of all stored entries.</param>
/// <param name="Hits">Lookups answered by this store instance since it was created.</param>
/// <param name="Misses">Lookups that found nothing (or only an expired or unreadable entry).</param>
public sealed record ResponseCacheStats(int Entries, long Bytes, long Hits, long Misses)
{
    public double HitRate => Hits + Misses == 0 ? 0d : (double)Hits / (Hits + Misses);
}
