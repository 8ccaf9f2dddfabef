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

    // Running 300+ patterns over the whole text each was the baseline's hot spot. Instead each pattern is anchored
    // (\G) and tried only where it can start: at a word start whose first character is one its terms begin with.
    // Trying positions in order and resuming after each match is exactly what Regex.Matches does, so the matches
    // are the same; entries whose terms may begin otherwise are tried everywhere.
    private readonly Dictionary<char, int[]> entriesByFirstCharacter;
    private readonly int[] entriesStartingAnywhere;
    private readonly int[] allEntries;

    public DictionaryRecognizer(IEnumerable<LexiconEntry> entries)
    {
        compiled = entries
            .Select(entry => (entry, TermPattern.AnchoredBounded(entry.Terms), entry.NotFollowedBy.Count == 0
                ? null
                : new Regex(@"\G[\s\-]+" + TermPattern.Alternation(entry.NotFollowedBy) + TermPattern.WordEnd, TermPattern.Options, TermPattern.Timeout)))
            .ToList();
        var secondary = compiled.Select(c => c.Entry.Mappings[0])
            .FirstOrDefault(m => m.Element == SecondaryCancer && m.Value == "Metastatic disease");
        metastaticDisease = secondary ?? new MappingTemplate(SecondaryCancer, "Metastatic disease");

        allEntries = [.. Enumerable.Range(0, compiled.Count)];
        var firstCharacters = compiled.Select(c => FirstCharacters(c.Entry.Terms)).ToList();
        entriesStartingAnywhere = [.. allEntries.Where(i => firstCharacters[i] is null)];
        entriesByFirstCharacter = allEntries
            .Where(i => firstCharacters[i] is not null)
            .SelectMany(i => firstCharacters[i]!.Select(c => (Character: c, Entry: i)))
            .GroupBy(pair => pair.Character)
            .ToDictionary(group => group.Key, group => group.Select(pair => pair.Entry).Concat(entriesStartingAnywhere).Distinct().Order().ToArray());
    }

    public IEnumerable<MentionCandidate> Find(string text)
    {
        var matches = MatchesPerEntry(text);
        for (var i = 0; i < compiled.Count; i++)
        {
            var (entry, _, cancel) = compiled[i];
            if (matches[i] is not { } entryMatches)
            {
                continue;
            }

            foreach (var match in entryMatches)
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

    /// <summary>For each entry, its matches in text order (null when none), as <c>Regex.Matches</c> would find them.</summary>
    private List<Match>?[] MatchesPerEntry(string text)
    {
        var matches = new List<Match>?[compiled.Count];
        var resumeAt = new int[compiled.Count];
        for (var position = 0; position <= text.Length; position++)
        {
            if (position > 0 && char.IsAsciiLetterOrDigit(text[position - 1]))
            {
                // Every term is preceded by a word start, which a letter or digit right before rules out.
                continue;
            }

            var candidates = position == text.Length ? entriesStartingAnywhere
                : char.IsAsciiLetterOrDigit(text[position]) ? entriesByFirstCharacter.GetValueOrDefault(char.ToLowerInvariant(text[position]), entriesStartingAnywhere)
                : char.IsAscii(text[position]) ? entriesStartingAnywhere
                : allEntries; // Case-insensitive matching relates some non-ASCII characters to ASCII letters (K, ſ).
            foreach (var i in candidates)
            {
                if (position < resumeAt[i])
                {
                    continue;
                }

                var match = compiled[i].Pattern.Match(text, position);
                if (!match.Success)
                {
                    continue;
                }

                (matches[i] ??= []).Add(match);
                resumeAt[i] = match.Length == 0 ? position + 1 : position + match.Length;
            }
        }

        return matches;
    }

    /// <summary>The lower-case characters the terms can begin with, or null when a term may begin with anything else.</summary>
    private static HashSet<char>? FirstCharacters(IEnumerable<string> terms)
    {
        var characters = new HashSet<char>();
        foreach (var term in terms)
        {
            var body = term.StartsWith('=') ? term[1..] : term;
            if (body.Length == 0 || !char.IsAsciiLetterOrDigit(body[0]))
            {
                return null;
            }

            characters.Add(char.ToLowerInvariant(body[0]));
        }

        return characters;
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
