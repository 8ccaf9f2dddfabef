namespace McodeBench.Core.Models.RulesBaseline;

/// <summary>One family of rules (a dictionary, the TNM patterns, ...) proposing mentions in a text.</summary>
internal interface IMentionRecognizer
{
    IEnumerable<MentionCandidate> Find(string text);
}
