using McodeBench.Core.Tasks;

namespace McodeBench.Web.Api;

/// <summary>
/// The body of a task control: <c>{"task_id": "…"}</c>, and <c>"priority"</c> for a priority change. Task ids contain
/// slashes, so they travel in the body rather than in the path.
/// </summary>
public sealed record TaskControl(string TaskId, TaskPriority? Priority = null);
