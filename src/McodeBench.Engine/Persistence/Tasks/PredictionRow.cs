namespace McodeBench.Engine.Persistence.Tasks;

/// <summary>The parsed prediction of a task's latest recorded attempt (table <c>predictions</c>).</summary>
public sealed class PredictionRow
{
    public required string TaskId { get; set; }

    public int AttemptNumber { get; set; }

    /// <summary>The <see cref="Core.Annotations.Prediction"/> as JSON (snake_case).</summary>
    public required string Json { get; set; }

    public DateTime RecordedUtc { get; set; }
}
