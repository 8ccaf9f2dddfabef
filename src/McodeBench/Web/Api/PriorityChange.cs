using McodeBench.Core.Tasks;

namespace McodeBench.Web.Api;

/// <summary>The body of a priority change: <c>{"priority": "high"}</c>.</summary>
public sealed record PriorityChange(TaskPriority Priority);
