using McodeBench.Core.Tests.Library;

namespace McodeBench.Core.Tests.Gold;

/// <summary>
/// The worked check of SCORING.md written as brat files by hand: the gold in McodeBench's own types, and the
/// predictions two ways: on their own text (so their spans are dropped and they are anchored by text, as the worked
/// check's predictions are) and on the trial's text with P3 past its end.
/// </summary>
internal static class BratWorkedCheckFiles
{
    public const string Document = "NCT00000042";

    // 84 characters; SCORING.md's spans: HER2-positive [11,24), trastuzumab [46,57), metastatic breast cancer [59,83).
    public const string Text = "Inclusion: HER2-positive disease treated with trastuzumab; metastatic breast cancer.";

    public const string GoldAnnotations =
        "T1\tbiomarker 11 24\tHER2-positive\n" +
        "T2\tmedication 46 57\ttrastuzumab\n" +
        "T3\tcondition 59 83\tmetastatic breast cancer\n";

    /// <summary>P1..P4 on a text of their own: the text is not the trial's, so every prediction is anchored by its text.</summary>
    public const string PredictionText = "HER2 positive; trastuzumab; pertuzumab; breast cancer";

    public const string PredictionAnnotations =
        "T1\tbiomarker 0 13\tHER2 positive\n" +
        "T2\tdrug 15 26\ttrastuzumab\n" +
        "T3\tmedication 28 38\tpertuzumab\n" +
        "T4\tcondition 40 53\tbreast cancer\n";

    /// <summary>P1..P4 on the trial's own text; P3 lies past its end (84 characters), so it is anchored by its text: unsupported.</summary>
    public const string PastEndAnnotations =
        "T1\tbiomarker 11 24\tHER2-positive\n" +
        "T2\tdrug 46 57\ttrastuzumab\n" +
        "T3\tmedication 90 100\tpertuzumab\n" +
        "T4\tcondition 70 83\tbreast cancer\n";

    public static string WriteGold(TemporaryFolder folder, string annotations = GoldAnnotations, string text = Text)
    {
        folder.Write($"gold/{Document}.txt", text);
        folder.Write($"gold/{Document}.ann", annotations);
        return folder.Combine("gold");
    }

    public static string WritePredictions(TemporaryFolder folder, string text = PredictionText, string annotations = PredictionAnnotations)
    {
        folder.Write($"predictions/{Document}.txt", text);
        folder.Write($"predictions/{Document}.ann", annotations);
        return folder.Combine("predictions");
    }
}
