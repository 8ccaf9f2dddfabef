using McodeBench.Web.Components;
using Microsoft.Extensions.Time.Testing;

namespace McodeBench.Tests.Web.Components;

/// <summary>A live page's costly refresh is due again after its minimum interval or ten times its own duration, whichever is longer.</summary>
public sealed class RefreshPacerTests
{
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 11, 27, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public void The_first_refresh_is_due_at_once() => Assert.True(new RefreshPacer(TimeSpan.FromSeconds(2), clock).IsDue);

    [Fact]
    public async Task A_quick_refresh_is_due_again_after_the_minimum_counted_from_its_start()
    {
        var pacer = new RefreshPacer(TimeSpan.FromSeconds(2), clock);

        await pacer.RunAsync(() => Took(TimeSpan.FromMilliseconds(50)));

        clock.Advance(TimeSpan.FromMilliseconds(1_949));
        Assert.False(pacer.IsDue);
        clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.True(pacer.IsDue);
    }

    [Fact]
    public async Task A_slow_refresh_is_due_again_after_ten_times_its_duration()
    {
        var pacer = new RefreshPacer(TimeSpan.FromSeconds(2), clock);

        await pacer.RunAsync(() => Took(TimeSpan.FromMilliseconds(300)));

        clock.Advance(TimeSpan.FromMilliseconds(2_699));
        Assert.False(pacer.IsDue);
        clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.True(pacer.IsDue);
    }

    [Fact]
    public async Task A_refresh_that_fails_still_sets_the_wait_and_its_error_reaches_the_caller()
    {
        var pacer = new RefreshPacer(TimeSpan.Zero, clock);

        await Assert.ThrowsAsync<InvalidOperationException>(() => pacer.RunAsync(async () =>
        {
            await Took(TimeSpan.FromMilliseconds(100));
            throw new InvalidOperationException("database gone");
        }));

        Assert.False(pacer.IsDue);
        clock.Advance(TimeSpan.FromMilliseconds(900));
        Assert.True(pacer.IsDue);
    }

    [Fact]
    public void A_negative_minimum_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new RefreshPacer(TimeSpan.FromSeconds(-1), clock));

    private Task Took(TimeSpan duration)
    {
        clock.Advance(duration);
        return Task.CompletedTask;
    }
}
