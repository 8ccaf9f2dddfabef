using McodeBench.Core.Annotations;
using McodeBench.Core.Trials;

namespace McodeBench.Core.Tests.Scoring;

/// <summary>The worked check of SCORING.md, as data.</summary>
internal static class WorkedCheck
{
    public const string Text = "Inclusion: HER2-positive disease treated with trastuzumab; metastatic breast cancer.";

    public static IReadOnlyList<TrialSection> Sections { get; } = [new TrialSection("eligibility", Text)];

    public static IReadOnlyList<Entity> GoldEntities { get; } =
    [
        new("HER2-positive", "biomarker", new TextSpan("eligibility", 11, 24)),
        new("trastuzumab", "medication", new TextSpan("eligibility", 46, 57)),
        new("metastatic breast cancer", "condition", new TextSpan("eligibility", 59, 83)),
    ];

    public static IReadOnlyList<Entity> Predictions { get; } =
    [
        new("HER2 positive", "biomarker"),
        new("trastuzumab", "drug"),
        new("pertuzumab", "medication"),
        new("breast cancer", "condition"),
    ];

    public static GoldStandard Gold(IReadOnlyList<Entity>? entities = null) => new("NCT-WORKED", entities ?? GoldEntities, []);

    public static Prediction Prediction(IReadOnlyList<Entity>? entities = null) => new(entities ?? Predictions, []);
}
