using McodeBench.Core.Annotations;
using McodeBench.Core.Scoring;
using McodeBench.Core.Trials;

namespace McodeBench.Web.Pages.Tasks;

/// <summary>
/// Cuts a trial's assembled text into segments by the gold spans and the predicted spans of a score report's entity
/// alignment, each mark carrying the outcome its alignment row has under the chosen scheme: gold entities show
/// COR/INC/PAR/MIS, predictions COR/INC/PAR/SPU. Spans outside the assembled sections (or predictions that could not
/// be anchored) are returned apart, so nothing is silently dropped.
/// </summary>
public static class SpanHighlighter
{
    public static (IReadOnlyList<TextSegment> Segments, IReadOnlyList<SpanMark> Unplaced) Highlight(TrialText text, IEnumerable<EntityAlignmentRow> rows, EntityScheme scheme)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(rows);
        var placed = new List<(int Start, int End, SpanMark Mark)>();
        var unplaced = new List<SpanMark>();
        foreach (var row in rows)
        {
            var outcome = row.Outcomes.Get(scheme);
            if (row.Gold is { } gold)
            {
                Place(text, gold.Span, new SpanMark(outcome, true, gold.Type, gold.Text), placed, unplaced);
            }

            if (row.Prediction is { } predicted)
            {
                Place(text, row.PredictionSpan ?? predicted.Span, new SpanMark(outcome, false, predicted.Type, predicted.Text), placed, unplaced);
            }
        }

        var cuts = placed.SelectMany(p => new[] { p.Start, p.End }).Append(0).Append(text.Text.Length).Distinct().Order().ToList();
        var segments = new List<TextSegment>();
        for (var i = 0; i + 1 < cuts.Count; i++)
        {
            var (start, end) = (cuts[i], cuts[i + 1]);
            var marks = placed.Where(p => p.Start <= start && p.End >= end).Select(p => p.Mark).ToList();
            var piece = text.Text[start..end];
            if (segments.Count > 0 && !segments[^1].IsMarked && marks.Count == 0)
            {
                segments[^1] = segments[^1] with { Text = segments[^1].Text + piece };
            }
            else
            {
                segments.Add(new TextSegment(piece, marks));
            }
        }

        return (segments, unplaced);
    }

    private static void Place(TrialText text, TextSpan? span, SpanMark mark, List<(int, int, SpanMark)> placed, List<SpanMark> unplaced)
    {
        if (span is not null && span.Length > 0 && text.ToGlobalStart(span) is int start && start + span.Length <= text.Text.Length)
        {
            placed.Add((start, start + span.Length, mark));
        }
        else
        {
            unplaced.Add(mark);
        }
    }
}
