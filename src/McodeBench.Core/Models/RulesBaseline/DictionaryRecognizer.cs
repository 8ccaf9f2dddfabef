using System.Text.RegularExpressions;

namespace McodeBench.Core.Models.RulesBaseline;

/// <summary>
/// Finds dictionary terms. For a primary cancer it also takes in a directly preceding "metastatic" (or a trailing
/// "Metastatic" at the end of a list line, as CT.gov condition lists write it) and adds a SecondaryCancerCondition.
/// </summary>
internal sealed class DictionaryRecognizer : IMentionRecognizer
{
    private const string PrimaryCancer = "PrimaryCancerCondition";
    private const string SecondaryCancer = "SecondaryCancerCondition";
    private const string MetastaticWord = "metastatic";

    private readonly List<(LexiconEntry Entry, Regex Pattern, Regex? Cancel)> compiled;
    private readonly MappingTemplate metastaticDisease;

    public DictionaryRecognizer(IEnumerable<LexiconEntry> entries)
    {
        compiled = entries
            .Select(entry => (entry, TermPattern.Bounded(entry.Terms), entry.NotFollowedBy.Count == 0
                ? null
                : new Regex(@"\G[\s\-]+" + TermPattern.Alternation(entry.NotFollowedBy) + TermPattern.WordEnd, TermPattern.Options, TermPattern.Timeout)))
            .ToList();
        var secondary = compiled.Select(c => c.Entry.Mappings[0])
            .FirstOrDefault(m => m.Element == SecondaryCancer && m.Value == "Metastatic disease");
        metastaticDisease = secondary ?? new MappingTemplate(SecondaryCancer, "Metastatic disease");
    }

    public IEnumerable<MentionCandidate> Find(string text)
    {
        foreach (var (entry, pattern, cancel) in compiled)
        {
            foreach (Match match in pattern.Matches(text))
            {
                if (cancel is not null && cancel.IsMatch(text, match.Index + match.Length))
                {
                    continue;
                }

                var start = match.Index;
                var end = match.Index + match.Length;
                var mappings = entry.Mappings;
                if (entry.Type == "condition" && mappings[0].Element == PrimaryCancer && !mappings.Any(m => m.Element == SecondaryCancer))
                {
                    if (MetastaticBefore(text, start) is int extendedStart)
                    {
                        start = extendedStart;
                        mappings = [.. mappings, metastaticDisease];
                    }
                    else if (MetastaticAfterAtLineEnd(text, end) is int extendedEnd)
                    {
                        end = extendedEnd;
                        mappings = [.. mappings, metastaticDisease];
                    }
                }

                yield return new MentionCandidate(start, end, entry.Type, mappings);
            }
        }
    }

    private static int? MetastaticBefore(string text, int start)
    {
        var index = start;
        while (index > 0 && (text[index - 1] == ' ' || text[index - 1] == '-'))
        {
            index--;
        }

        if (index == start || index < MetastaticWord.Length)
        {
            return null;
        }

        var wordStart = index - MetastaticWord.Length;
        return string.Compare(text, wordStart, MetastaticWord, 0, MetastaticWord.Length, StringComparison.OrdinalIgnoreCase) == 0
            && (wordStart == 0 || !char.IsLetterOrDigit(text[wordStart - 1]))
            ? wordStart
            : null;
    }

    private static int? MetastaticAfterAtLineEnd(string text, int end)
    {
        var index = end;
        while (index < text.Length && text[index] == ' ')
        {
            index++;
        }

        if (index == end || index + MetastaticWord.Length > text.Length
            || string.Compare(text, index, MetastaticWord, 0, MetastaticWord.Length, StringComparison.OrdinalIgnoreCase) != 0)
        {
            return null;
        }

        var wordEnd = index + MetastaticWord.Length;
        return wordEnd == text.Length || text[wordEnd] is '\n' or '\r' ? wordEnd : null;
    }
}
