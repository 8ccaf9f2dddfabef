namespace McodeBench.Engine.Scheduling;

/// <summary>Whether a gate lets a task start now, and if not, when time alone will open it (null: only a completion will).</summary>
internal readonly record struct Admission(bool IsOpen, DateTimeOffset? OpensAt)
{
    public static Admission Open => new(true, null);

    public static Admission AfterCompletion => new(false, null);

    public static Admission At(DateTimeOffset when) => new(false, when);
}
