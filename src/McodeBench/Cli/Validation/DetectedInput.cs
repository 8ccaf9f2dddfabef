namespace McodeBench.Cli.Validation;

/// <summary>A path and what it was taken for; <paramref name="Reason"/> says why when the content could not tell.</summary>
internal sealed record DetectedInput(string Path, InputKind Kind, string Reason = "")
{
    public string Describe() => Kind switch
    {
        InputKind.Workspace => "workspace folder",
        InputKind.PromptLibrary => "prompt library",
        InputKind.ModelLibrary => "model library",
        InputKind.Trials => "CT.gov trials",
        InputKind.NativeGold => "native gold",
        InputKind.BratGold => "brat gold",
        InputKind.Predictions => "predictions",
        InputKind.Missing => "missing",
        _ => "unknown",
    } + (Reason.Length > 0 ? $" ({Reason})" : string.Empty);
}
