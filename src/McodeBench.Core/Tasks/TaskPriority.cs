namespace McodeBench.Core.Tasks;

/// <summary>Scheduling priority: higher values run first; tasks of equal priority run in the order they were queued.</summary>
public enum TaskPriority
{
    Low = 0,
    Normal = 1,
    High = 2,
    Critical = 3,
}
