using McodeBench.Core.Models;
using McodeBench.Core.Tasks;

namespace McodeBench.Core.Tests.Models;

public sealed class TaskUsageTests
{
    [Fact]
    public void Billed_calls_and_cache_hits_are_summed_apart()
    {
        var billed = new CallUsage(1000, 200, 300, FromResponseCache: false, Cost: 0.5m, TimeSpan.FromSeconds(2), Attempts: 1);
        var hit = new CallUsage(800, 100, 50, FromResponseCache: true, Cost: 0.25m, TimeSpan.FromMilliseconds(3), Attempts: 0);

        var usage = UsageTotals.FromCalls([billed, hit]);

        Assert.Equal(new UsageTotals(2, 1, 1000, 200, 300, 800, 100, 0.5m, 0.25m, TimeSpan.FromMilliseconds(2003)), usage);
    }

    [Fact]
    public void No_calls_is_no_usage()
    {
        Assert.Equal(UsageTotals.None, UsageTotals.FromCalls([]));
    }
}
