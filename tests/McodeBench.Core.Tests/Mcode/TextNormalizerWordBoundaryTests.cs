using McodeBench.Core.Mcode;

namespace McodeBench.Core.Tests.Mcode;

/// <summary>
/// Whole-word search (anchoring and lenient value containment): words stay whole, except that TNM categories written
/// together ("cT2N1M0") can each be found on their own.
/// </summary>
public sealed class TextNormalizerWordBoundaryTests
{
    [Theory]
    [InlineData("Clinical stage cT2N1M0 or cT3N0M0", "cT2", 15, 18)]
    [InlineData("Clinical stage cT2N1M0 or cT3N0M0", "N1", 18, 20)]
    [InlineData("Clinical stage cT2N1M0 or cT3N0M0", "T2", 16, 18)]
    [InlineData("Clinical stage cT2N1M0 or cT3N0M0", "cT2N1M0", 15, 22)]
    [InlineData("Clinical stage cT2N1M0 or cT3N0M0", "N1M0", 18, 22)]
    [InlineData("Clinical stage cT2N1M0 or cT3N0M0", "N0", 29, 31)]
    [InlineData("pT1cN0 after surgery", "T1c", 1, 4)]
    [InlineData("pT1cN0 after surgery", "pT1c", 0, 4)]
    [InlineData("pT1cN0 after surgery", "N0", 4, 6)]
    [InlineData("T1cN1-2 tumors", "T1c", 0, 3)]
    [InlineData("T1cN1-2 tumors", "N1-2", 3, 7)]
    [InlineData("cT2cN1cM0", "cN1", 3, 6)]
    [InlineData("cT2cN1cM0", "cM0", 6, 9)]
    [InlineData("ypT0N0", "T0", 2, 4)]
    [InlineData("ypT0N0", "ypT0", 0, 4)]
    [InlineData("pTisN0M0", "N0", 4, 6)]
    [InlineData("T1-2N0", "N0", 4, 6)]
    [InlineData("T1miN1mi", "N1mi", 4, 8)]
    [InlineData("TXNXM1b", "M1b", 4, 7)]
    [InlineData("ER+ and HER2-", "ER", 0, 2)]
    public void Found(string text, string needle, int start, int end)
    {
        var normalized = TextNormalizer.NormalizeWithOffsets(text);

        Assert.Contains((start, end), normalized.FindWholeWords(TextNormalizer.Normalize(needle)));
    }

    [Theory]
    [InlineData("cT2N1M0", "M0", 5)]
    [InlineData("cT2N1M0", "cT2", 0)]
    public void Found_at_the_start_or_end_of_a_compact_group(string text, string needle, int at)
    {
        Assert.Equal([at], TextNormalizer.NormalizeWithOffsets(text).IndexesOfWholeWord(TextNormalizer.Normalize(needle)));
    }

    [Theory]
    [InlineData("HER2-positive", "ER")] // inside a word: the reason for whole words
    [InlineData("HER2-positive", "HER")]
    [InlineData("PRAME expression", "PR")]
    [InlineData("M01 cohort", "M0")] // followed by a digit: "M01" is not a TNM category
    [InlineData("metastatic cancers", "cancer")]
    [InlineData("HbA1c below 8%", "A1c")] // not TNM: only TNM categories are split
    [InlineData("T790M mutation", "M")]
    [InlineData("cT2N1M0", "2N1")] // a category begins at the T, not at its value
    [InlineData("cT2N1M0", "T2N")]
    [InlineData("cT5N1", "N1")] // T5 does not exist: not TNM
    [InlineData("PTX given", "TX")] // no digit: "PTX" is a word (paclitaxel), not pTX
    public void Not_found(string text, string needle)
    {
        Assert.Empty(TextNormalizer.NormalizeWithOffsets(text).FindWholeWords(TextNormalizer.Normalize(needle)));
    }
}
