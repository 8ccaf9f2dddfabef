using McodeBench.Engine.Persistence.Tasks;

namespace McodeBench.Web.Api;

/// <summary>One task with every attempt it made, oldest first.</summary>
public sealed record TaskDetails(TaskView Task, IReadOnlyList<StoredAttempt> Attempts);
