using McodeBench.Engine.Persistence.Events;

namespace McodeBench.Web.Components.Log;

/// <summary>Which lines a log view shows: the levels switched on, and text the message (or its task id) must contain.</summary>
public sealed record LogFilter(IReadOnlySet<EventLevel> Levels, string? Text = null)
{
    public static LogFilter All { get; } = new(Enum.GetValues<EventLevel>().ToHashSet());

    public bool Matches(StoredEvent line)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (!Levels.Contains(line.Level))
        {
            return false;
        }

        return string.IsNullOrWhiteSpace(Text)
            || line.Message.Contains(Text.Trim(), StringComparison.OrdinalIgnoreCase)
            || (line.TaskId?.Contains(Text.Trim(), StringComparison.OrdinalIgnoreCase) ?? false);
    }

    public LogFilter Toggle(EventLevel level)
    {
        var levels = Levels.ToHashSet();
        if (!levels.Remove(level))
        {
            levels.Add(level);
        }

        return this with { Levels = levels };
    }
}
