namespace McodeBench.Web.Components;

/// <summary>
/// Paces a live page's refresh whose cost grows with the data (the run page's leaderboard over every finished task,
/// the tracker's page over a large database): the next refresh is due no sooner than <see cref="Minimum"/> after the
/// last one began, nor sooner than <see cref="CostFactor"/> times as long as it took, so a page never spends more
/// than about a tenth of its time, and of its allocations, refreshing. Not thread-safe: a page uses it from its
/// own renderer's context.
/// </summary>
public sealed class RefreshPacer(TimeSpan minimum, TimeProvider? clock = null)
{
    public const int CostFactor = 10;

    private readonly TimeProvider clock = clock ?? TimeProvider.System;
    private DateTimeOffset? next;

    public TimeSpan Minimum { get; } = minimum >= TimeSpan.Zero ? minimum : throw new ArgumentOutOfRangeException(nameof(minimum), minimum, "A minimum interval cannot be negative.");

    /// <summary>True before the first refresh and once the interval since the last one has passed.</summary>
    public bool IsDue => next is not { } due || clock.GetUtcNow() >= due;

    /// <summary>Runs <paramref name="refresh"/> and sets when the next one is due from how long it took.</summary>
    public async Task RunAsync(Func<Task> refresh)
    {
        ArgumentNullException.ThrowIfNull(refresh);
        var started = clock.GetUtcNow();
        try
        {
            await refresh();
        }
        finally
        {
            var took = clock.GetUtcNow() - started;
            next = started + TimeSpan.FromTicks(Math.Max(Minimum.Ticks, took.Ticks * CostFactor));
        }
    }
}
