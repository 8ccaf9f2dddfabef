using System.Globalization;
using McodeBench.Core.Annotations;
using McodeBench.Core.Diagnostics;
using McodeBench.Core.Trials;

namespace McodeBench.Core.Gold;

/// <summary>
/// Reads brat standoff annotations (<c>.ann</c>) against their document. T lines become entities (types through a
/// <see cref="BratTypeMap"/>; discontinuous spans by <see cref="BratReadOptions.Discontinuous"/>; a T line's text is
/// compared with the document's after white space and line ends are normalised, and a span that ends on a line break
/// (<c>\r</c> of a CRLF text) ends before it); A lines set <c>negated</c> (a
/// <c>Negation</c>/<c>Negated</c> attribute, or an assertion of <c>absent</c>/<c>negated</c>) and <c>criterion</c>
/// (a <c>Criterion</c> attribute, as <see cref="BratExporter"/> writes it); E lines are read only to find event triggers
/// and LCT-style <c>Negation</c> events (<c>Negates:</c> argument); R, N, * and # lines are ignored.
/// </summary>
public static class BratAnnotationReader
{
    private static readonly HashSet<string> NegationAttributes = new(StringComparer.OrdinalIgnoreCase) { "Negation", "Negated" };
    private static readonly HashSet<string> AssertionAttributes = new(StringComparer.OrdinalIgnoreCase) { "Assertion", "Assertion-Type-Value", "Certainty" };
    private static readonly HashSet<string> TrueValues = new(StringComparer.OrdinalIgnoreCase) { "true", "yes", "1", "negated", "negative", "absent" };
    private static readonly HashSet<string> AbsentValues = new(StringComparer.OrdinalIgnoreCase) { "absent", "negated", "negative" };

    /// <param name="document">The document the offsets count into; brat offsets are code points of <c>document.Text</c>.</param>
    /// <param name="sourceName">The .ann file name used in diagnostics.</param>
    /// <param name="options">How discontinuous and past-the-end annotations are read; <see cref="BratReadOptions.Gold"/> when null.</param>
    public static BratReadResult Read(string annotations, TrialText document, BratTypeMap map, string sourceName, BratReadOptions? options = null)
    {
        options ??= BratReadOptions.Gold;
        ArgumentNullException.ThrowIfNull(annotations);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(sourceName);
        var diagnostics = new List<Diagnostic>();
        var offsets = new CodePointOffsets(document.Text);
        var textBounds = new List<TextBound>();
        var triggers = new Dictionary<string, string>(StringComparer.Ordinal);
        var negatedIds = new HashSet<string>(StringComparer.Ordinal);
        var criteria = new Dictionary<string, Criterion>(StringComparer.Ordinal);
        var attributes = new List<(string Name, string Target, string? Value, int Line)>();

        var lineNumber = 0;
        foreach (var rawLine in annotations.Split('\n'))
        {
            lineNumber++;
            var line = rawLine.TrimEnd('\r');
            if (line.Length == 0)
            {
                continue;
            }

            var fields = line.Split('\t');
            switch (line[0])
            {
                case 'T' when fields.Length >= 3 && ParseTextBound(fields, lineNumber) is { } bound:
                    textBounds.Add(bound);
                    break;
                case 'T':
                    diagnostics.Add(Problem(sourceName, lineNumber, document.TrialId, fields[0], $"malformed text-bound line \"{line}\".", "Write \"T1<TAB>Type start end<TAB>text\" (fragments separated by ';')."));
                    break;
                case 'E' when fields.Length >= 2:
                    ReadEvent(fields[0], fields[1], triggers, negatedIds);
                    break;
                case 'A' or 'M' when fields.Length >= 2 && fields[1].Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: >= 2 } parts:
                    attributes.Add((parts[0], parts[1], parts.Length > 2 ? parts[2] : null, lineNumber));
                    break;
                case 'R' or 'N' or '*' or '#' or 'E' or 'A' or 'M':
                    break;
                default:
                    diagnostics.Add(Problem(sourceName, lineNumber, document.TrialId, null, $"unknown annotation line \"{line}\" is ignored.", "brat lines start with T, E, R, A, M, N, * or #.", DiagnosticSeverity.Warning));
                    break;
            }
        }

        foreach (var (name, target, value, line) in attributes)
        {
            var entityId = triggers.GetValueOrDefault(target, target);
            if (NegationAttributes.Contains(name) && (value is null || TrueValues.Contains(value)))
            {
                negatedIds.Add(entityId);
            }
            else if (AssertionAttributes.Contains(name) && value is not null && AbsentValues.Contains(value))
            {
                negatedIds.Add(entityId);
            }
            else if (string.Equals(name, "Criterion", StringComparison.OrdinalIgnoreCase) && value is not null)
            {
                if (CriterionNames.FromWireName(value) is { } criterion)
                {
                    criteria[entityId] = criterion;
                }
                else
                {
                    diagnostics.Add(Problem(sourceName, line, document.TrialId, target, $"criterion \"{value}\" is not inclusion, exclusion or none; it is ignored.", "Write inclusion, exclusion or none.", DiagnosticSeverity.Warning));
                }
            }
        }

        // Negation events name their target before or after it is defined, so targets resolve to triggers only now.
        var negated = negatedIds.Select(id => triggers.GetValueOrDefault(id, id)).ToHashSet(StringComparer.Ordinal);
        var entities = new List<Entity>();
        var mapped = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var dropped = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var discontinuous = new List<BratDiscontinuousSpan>();
        foreach (var bound in textBounds)
        {
            var type = map.Map(bound.Type, bound.Text);
            if (type is null)
            {
                dropped[bound.Type] = dropped.GetValueOrDefault(bound.Type) + 1;
                continue;
            }

            if (Place(bound, document, offsets, sourceName, diagnostics, options) is not { } placed)
            {
                continue;
            }

            var criterion = criteria.GetValueOrDefault(bound.Id, Criterion.None);
            var isNegated = negated.Contains(bound.Id);
            if (placed.Span is null)
            {
                // Past the end of the text (predictions only): kept by its text, to be anchored like a native prediction without a span.
                mapped[type] = mapped.GetValueOrDefault(type) + 1;
                entities.Add(new Entity(bound.Text, type, null, criterion, isNegated, bound.Id));
                continue;
            }

            if (placed.Fragments.Count > 1)
            {
                discontinuous.Add(new BratDiscontinuousSpan(sourceName, bound.Id, placed.Fragments, placed.Span));
                var taken = options.Discontinuous == DiscontinuousSpanRule.Fragments
                    ? $"becomes {placed.Fragments.Count} entities, one per fragment"
                    : $"takes its full extent {placed.Span}";
                diagnostics.Add(Problem(sourceName, bound.Line, document.TrialId, bound.Id, $"discontinuous annotation \"{bound.Text}\" ({string.Join("; ", placed.Fragments)}) {taken}.", null, DiagnosticSeverity.Info));
                if (options.Discontinuous == DiscontinuousSpanRule.Fragments)
                {
                    var part = 1;
                    foreach (var (fragment, text) in placed.Fragments.Zip(placed.FragmentTexts))
                    {
                        mapped[type] = mapped.GetValueOrDefault(type) + 1;
                        entities.Add(new Entity(text, type, fragment, criterion, isNegated, $"{bound.Id}.{part++}"));
                    }

                    continue;
                }
            }

            mapped[type] = mapped.GetValueOrDefault(type) + 1;
            entities.Add(new Entity(placed.Text, type, placed.Span, criterion, isNegated, bound.Id));
        }

        return new BratReadResult(entities, diagnostics.OrderBy(d => d.Line).ToList(), mapped, dropped, discontinuous);
    }

    private static TextBound? ParseTextBound(string[] fields, int line)
    {
        var typeAndSpans = fields[1];
        var space = typeAndSpans.IndexOf(' ', StringComparison.Ordinal);
        if (space <= 0)
        {
            return null;
        }

        var fragments = new List<(int Start, int End)>();
        foreach (var fragment in typeAndSpans[(space + 1)..].Split(';'))
        {
            var numbers = fragment.Trim().Split(' ');
            if (numbers.Length != 2
                || !int.TryParse(numbers[0], NumberStyles.None, CultureInfo.InvariantCulture, out var start)
                || !int.TryParse(numbers[1], NumberStyles.None, CultureInfo.InvariantCulture, out var end)
                || end < start)
            {
                return null;
            }

            fragments.Add((start, end));
        }

        // The text field may itself contain tabs only in malformed files; everything after the second tab is the text.
        return new TextBound(fields[0], typeAndSpans[..space], fragments, string.Join('\t', fields[2..]), line);
    }

    private static void ReadEvent(string id, string body, Dictionary<string, string> triggers, HashSet<string> negatedIds)
    {
        var arguments = body.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (arguments.Length == 0 || arguments[0].Split(':') is not [var eventType, var trigger])
        {
            return;
        }

        triggers[id] = trigger;
        if (!string.Equals(eventType, "Negation", StringComparison.Ordinal))
        {
            return;
        }

        foreach (var argument in arguments.Skip(1))
        {
            if (argument.Split(':') is [var role, var target] && role.StartsWith("Negates", StringComparison.Ordinal))
            {
                // The target may be an event defined later in the file, so it is resolved to its trigger at the end.
                negatedIds.Add(target);
            }
        }
    }

    private static Placed? Place(TextBound bound, TrialText document, CodePointOffsets offsets, string sourceName, List<Diagnostic> diagnostics, BratReadOptions options)
    {
        if (bound.Fragments.Any(f => f.End > offsets.Length))
        {
            if (options.AnchorPastEndByText)
            {
                diagnostics.Add(Problem(sourceName, bound.Line, document.TrialId, bound.Id, $"annotation \"{bound.Text}\" ends after the text ({offsets.Length} characters); its span is dropped and it is anchored by its text (unsupported if the text does not hold it).", "Pair the .ann file with the .txt it was made on.", DiagnosticSeverity.Warning));
                return new Placed(null, bound.Text, [], []);
            }

            diagnostics.Add(Problem(sourceName, bound.Line, document.TrialId, bound.Id, $"annotation \"{bound.Text}\" ends after the text ({offsets.Length} characters); it is skipped.", "Pair the .ann file with the .txt it was made on."));
            return null;
        }

        var fragments = bound.Fragments.Select(f => (Start: offsets.ToUtf16(f.Start), End: offsets.ToUtf16(f.End))).ToList();
        var surface = string.Join(' ', fragments.Select(f => document.Text[f.Start..f.End]));
        if (!string.Equals(BratText.Comparable(surface), BratText.Comparable(bound.Text), StringComparison.Ordinal))
        {
            diagnostics.Add(Problem(sourceName, bound.Line, document.TrialId, bound.Id, $"annotation text does not match the document: expected \"{bound.Text}\", found \"{surface}\"; it is skipped.", "Pair the .ann file with the .txt it was made on (same line endings and encoding)."));
            return null;
        }

        // A span over "cancer\r" (CRLF text, annotated to the end of the line) ends before the line break: entity text never ends in one.
        fragments = fragments.Select(f => (f.Start, End: BratText.EndBeforeLineBreak(document.Text, f.Start, f.End))).ToList();
        var start = fragments.Min(f => f.Start);
        var end = fragments.Max(f => f.End);
        if (document.ToSpan(start, end) is not { } span)
        {
            diagnostics.Add(Problem(sourceName, bound.Line, document.TrialId, bound.Id, $"annotation \"{bound.Text}\" is not inside one section of the document; it is skipped.", "Annotate within one section's text, not across section headers."));
            return null;
        }

        var spans = fragments.Select(f => document.ToSpan(f.Start, f.End) ?? span).ToList();
        return new Placed(span, document.Text[start..end], spans, fragments.Select(f => document.Text[f.Start..f.End]).ToList());
    }

    private static Diagnostic Problem(string source, int line, string trialId, string? annotationId, string message, string? fix, DiagnosticSeverity severity = DiagnosticSeverity.Error) =>
        new(severity, source, message, fix ?? string.Empty, Line: line, TrialId: trialId, EntityId: annotationId);

    private sealed record TextBound(string Id, string Type, List<(int Start, int End)> Fragments, string Text, int Line);

    /// <param name="Span">Null for a prediction past the end of the text, kept to be anchored by its text.</param>
    private sealed record Placed(TextSpan? Span, string Text, IReadOnlyList<TextSpan> Fragments, IReadOnlyList<string> FragmentTexts);
}
