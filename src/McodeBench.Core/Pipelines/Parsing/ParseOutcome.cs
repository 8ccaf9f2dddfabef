using System.Diagnostics.CodeAnalysis;
using McodeBench.Core.Annotations;

namespace McodeBench.Core.Pipelines.Parsing;

/// <summary>
/// The result of parsing one model output: a prediction (with warnings about anything dropped or guessed) or a
/// classified failure. Warnings are kept on failures too, so a reader sees everything the parser noticed.
/// </summary>
public sealed record ParseOutcome
{
    private ParseOutcome(Prediction? prediction, ParseFailure? failure, IReadOnlyList<string> warnings)
    {
        Prediction = prediction;
        Failure = failure;
        Warnings = warnings;
    }

    public Prediction? Prediction { get; }

    public ParseFailure? Failure { get; }

    public IReadOnlyList<string> Warnings { get; }

    [MemberNotNullWhen(true, nameof(Prediction))]
    [MemberNotNullWhen(false, nameof(Failure))]
    public bool IsSuccess => Failure is null;

    public static ParseOutcome Success(Prediction prediction, IReadOnlyList<string>? warnings = null)
    {
        ArgumentNullException.ThrowIfNull(prediction);
        return new ParseOutcome(prediction, null, warnings ?? []);
    }

    public static ParseOutcome Failed(ParseFailure failure, IReadOnlyList<string>? warnings = null)
    {
        ArgumentNullException.ThrowIfNull(failure);
        return new ParseOutcome(null, failure, warnings ?? []);
    }
}
