using System.Text.RegularExpressions;
using McodeBench.Core.Diagnostics;

namespace McodeBench.Core.Tasks.Runs;

/// <summary>
/// Resolves selectors (an exact key, a glob with <c>*</c> and <c>?</c>, or <c>tag:name</c>) against a library,
/// case-insensitively. Results are deterministic: exact keys in the order given, each pattern's matches in key order,
/// duplicates dropped (first wins).
/// </summary>
public static class KeySelector
{
    private const int MaxSuggestions = 3;

    public static bool IsPattern(string selector) =>
        selector.Contains('*', StringComparison.Ordinal) || selector.Contains('?', StringComparison.Ordinal)
        || selector.StartsWith(RunSpec.TagPrefix, StringComparison.OrdinalIgnoreCase);

    /// <summary>True when <paramref name="key"/> matches the glob (<c>*</c> any run, <c>?</c> one character), ignoring case.</summary>
    public static bool GlobMatches(string pattern, string key)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        ArgumentNullException.ThrowIfNull(key);
        var regex = "^" + Regex.Escape(pattern).Replace(@"\*", ".*", StringComparison.Ordinal).Replace(@"\?", ".", StringComparison.Ordinal) + "$";
        return Regex.IsMatch(key, regex, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline, TimeSpan.FromSeconds(1));
    }

    /// <summary>
    /// The candidates the selectors pick. Patterns (globs and tags) only consider candidates <paramref name="patternScope"/>
    /// accepts (e.g. prompts of the run's pipeline); exact keys consider all, so a wrong pick can be reported precisely.
    /// Returns the unknown selectors instead of throwing, so a caller can report all libraries' problems at once.
    /// </summary>
    public static (IReadOnlyList<T> Selected, IReadOnlyList<UnknownSelector> Unknown) Select<T>(
        IReadOnlyList<string> selectors,
        IReadOnlyList<T> candidates,
        Func<T, string> keyOf,
        Func<T, IEnumerable<string>> tagsOf,
        string kind,
        Func<T, bool>? patternScope = null)
    {
        ArgumentNullException.ThrowIfNull(selectors);
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(keyOf);
        ArgumentNullException.ThrowIfNull(tagsOf);
        var selected = new List<T>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var unknown = new List<UnknownSelector>();
        var scoped = candidates.Where(patternScope ?? (_ => true)).OrderBy(keyOf, StringComparer.Ordinal).ToList();
        foreach (var raw in selectors.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s.Trim()))
        {
            List<T> matches;
            if (raw.StartsWith(RunSpec.TagPrefix, StringComparison.OrdinalIgnoreCase))
            {
                var tag = raw[RunSpec.TagPrefix.Length..].Trim();
                matches = scoped.Where(c => tagsOf(c).Contains(tag, StringComparer.OrdinalIgnoreCase)).ToList();
                if (matches.Count == 0)
                {
                    var tags = scoped.SelectMany(tagsOf).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList();
                    unknown.Add(new(kind, raw, CloseMatches(tag, tags).Select(t => RunSpec.TagPrefix + t).ToList(), tags));
                }
            }
            else if (IsPattern(raw))
            {
                matches = scoped.Where(c => GlobMatches(raw, keyOf(c))).ToList();
                if (matches.Count == 0)
                {
                    unknown.Add(new(kind, raw, [], scoped.Select(keyOf).ToList()));
                }
            }
            else
            {
                matches = candidates.Where(c => string.Equals(keyOf(c), raw, StringComparison.OrdinalIgnoreCase)).Take(1).ToList();
                if (matches.Count == 0)
                {
                    unknown.Add(new(kind, raw, CloseMatches(raw, candidates.Select(keyOf)), candidates.Select(keyOf).Order(StringComparer.Ordinal).ToList()));
                }
            }

            selected.AddRange(matches.Where(m => seen.Add(keyOf(m))));
        }

        return (selected, unknown);
    }

    /// <summary>Up to three candidates closest to <paramref name="wanted"/> (see <see cref="ClosestNames.Find"/>).</summary>
    public static IReadOnlyList<string> CloseMatches(string wanted, IEnumerable<string> candidates) =>
        ClosestNames.Find(wanted, candidates, MaxSuggestions);
}
