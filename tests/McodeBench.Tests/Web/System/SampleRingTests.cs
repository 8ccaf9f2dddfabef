using McodeBench.Web.Pages.SystemStatus;

namespace McodeBench.Tests.Web.SystemStatus;

public sealed class SampleRingTests
{
    [Fact]
    public void Keeps_the_last_items_oldest_first()
    {
        var ring = new SampleRing<int>(3);
        foreach (var i in Enumerable.Range(1, 5))
        {
            ring.Add(i);
        }

        Assert.Equal([3, 4, 5], ring.Snapshot());
    }

    [Fact]
    public void Holds_fewer_items_than_its_capacity_in_order()
    {
        var ring = new SampleRing<int>(300);
        ring.Add(7);
        ring.Add(8);

        Assert.Equal([7, 8], ring.Snapshot());
    }
}
