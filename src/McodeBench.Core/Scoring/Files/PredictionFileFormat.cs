namespace McodeBench.Core.Scoring.Files;

/// <summary>The names and values of the native predictions file format (docs/predictions-format.md).</summary>
public static class PredictionFileFormat
{
    public const string Name = "mcodebench-predictions";
    public const int CurrentVersion = 1;

    /// <summary>The usual file name ending, e.g. <c>gpt-4o.predictions.json</c>.</summary>
    public const string FileExtension = ".predictions.json";
}
