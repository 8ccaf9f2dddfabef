namespace McodeBench.Core.Execution;

/// <summary>Where a workspace's files are. Trials and gold may each be files or folders (every <c>*.json</c>/<c>*.ndjson</c> inside).</summary>
public sealed record WorkspacePaths(string PromptLibrary, string ModelLibrary, IReadOnlyList<string> Trials, IReadOnlyList<string> Gold)
{
    /// <summary>The bundled samples folder layout: <c>prompts/prompts.json</c>, <c>models.json</c>, <c>trials/</c>, <c>gold/</c>.</summary>
    public static WorkspacePaths FromSamples(string samplesFolder) => new(
        Path.Combine(samplesFolder, "prompts", "prompts.json"),
        Path.Combine(samplesFolder, "models.json"),
        [Path.Combine(samplesFolder, "trials")],
        [Path.Combine(samplesFolder, "gold")]);
}
