namespace McodeBench.Core.Models.RulesBaseline;

/// <summary>A possible mention before overlaps are resolved.</summary>
/// <param name="Priority">Breaks ties between candidates of equal length; lower wins.</param>
internal sealed record MentionCandidate(int Start, int End, string Type, IReadOnlyList<MappingTemplate> Mappings, int Priority = 0)
{
    public int Length => End - Start;
}
