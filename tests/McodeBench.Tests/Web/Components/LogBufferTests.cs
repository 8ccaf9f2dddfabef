using McodeBench.Engine.Persistence.Events;
using McodeBench.Web.Components.Log;

namespace McodeBench.Tests.Web.Components;

public sealed class LogBufferTests
{
    [Fact]
    public void The_buffer_keeps_the_newest_lines_up_to_its_capacity()
    {
        var buffer = new LogBuffer(3);

        foreach (var id in Enumerable.Range(1, 5))
        {
            buffer.Add(Line(id, EventLevel.Info, $"line {id}"));
        }

        Assert.Equal(["line 3", "line 4", "line 5"], buffer.Snapshot(LogFilter.All).Select(l => l.Message));
        Assert.Equal(2, buffer.Dropped);
    }

    [Fact]
    public void A_stored_line_arriving_from_both_the_backlog_and_the_live_feed_is_kept_once()
    {
        var buffer = new LogBuffer(10);

        Assert.True(buffer.Add(Line(7, EventLevel.Info, "seen")));
        Assert.False(buffer.Add(Line(7, EventLevel.Info, "seen")));
        Assert.False(buffer.Add(Line(5, EventLevel.Info, "older")));
        Assert.True(buffer.Add(Line(0, EventLevel.Debug, "never stored")));
        Assert.True(buffer.Add(Line(0, EventLevel.Debug, "never stored either")));

        Assert.Equal(3, buffer.Count);
    }

    [Fact]
    public void The_filter_takes_levels_and_text_in_message_or_task_id()
    {
        var buffer = new LogBuffer(10);
        buffer.Add(Line(1, EventLevel.Debug, "claimed"));
        buffer.Add(Line(2, EventLevel.Error, "timeout after 30 s", "run/r0/NCT1/gpt"));
        buffer.Add(Line(3, EventLevel.Success, "finished", "run/r0/NCT2/gpt"));

        var noDebug = LogFilter.All.Toggle(EventLevel.Debug);
        var byTask = LogFilter.All with { Text = "nct2" };

        Assert.Equal([2L, 3L], buffer.Snapshot(noDebug).Select(l => l.Id));
        Assert.Equal([3L], buffer.Snapshot(byTask).Select(l => l.Id));
        Assert.Equal([1L, 2L, 3L], buffer.Snapshot(noDebug.Toggle(EventLevel.Debug)).Select(l => l.Id));
    }

    [Fact]
    public void Every_held_line_has_its_own_render_key_even_when_equal_lines_were_never_stored()
    {
        var buffer = new LogBuffer(3);
        var time = DateTime.UtcNow;
        StoredEvent Twin() => new(0, time, EventLevel.Debug, "same", "run", null, new Dictionary<string, string>());
        var first = Twin();
        var second = Twin();
        buffer.Add(first);
        buffer.Add(second);
        var firstKey = buffer.KeyOf(first);

        Assert.NotEqual(firstKey, buffer.KeyOf(second));
        Assert.True(buffer.Add(Line(9, EventLevel.Info, "stored")));
        Assert.Equal(firstKey, buffer.KeyOf(first));
        Assert.True(buffer.Add(Line(10, EventLevel.Info, "pushes the first out")));

        Assert.Equal(0, buffer.KeyOf(first));
        Assert.Equal(3, buffer.Snapshot(LogFilter.All).Select(buffer.KeyOf).Distinct().Count());
        Assert.DoesNotContain(0, buffer.Snapshot(LogFilter.All).Select(buffer.KeyOf));
    }

    private static StoredEvent Line(long id, EventLevel level, string message, string? taskId = null) =>
        new(id, DateTime.UtcNow, level, message, "run", taskId, new Dictionary<string, string>());
}
