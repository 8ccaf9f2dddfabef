using McodeBench.Core.Mcode;

namespace McodeBench.Core.Tests.Mcode;

public sealed class TextNormalizerTests
{
    [Theory]
    [InlineData("HER2-positive", "her2 positive")]
    [InlineData("HER2 positive", "her2 positive")]
    [InlineData("HER2\u2013positive", "her2 positive")]
    [InlineData("HER2\u2212positive", "her2 positive")]
    [InlineData("HER2 \u2014 positive", "her2 positive")]
    [InlineData("  \"Breast   Cancer.\"  ", "breast cancer")]
    [InlineData("\u201CStage IV\u201D;", "stage iv")]
    [InlineData("(ER)", "er")]
    [InlineData("Ｔｒａｓｔｕｚｕｍａｂ", "trastuzumab")]
    [InlineData("signi\uFB01cant", "significant")]
    [InlineData("cafe\u0301", "caf\u00E9")]
    [InlineData("line\r\n\tbreak", "line break")]
    [InlineData("non\u00A0breaking", "non breaking")]
    [InlineData("trastu\u00ADzumab", "trastuzumab")]
    [InlineData("HER2+", "her2+")]
    [InlineData("stage II, III", "stage ii, iii")]
    [InlineData("\u00B4breast cancer\u00B4", "breast cancer")]
    [InlineData("`ER`", "er")]
    [InlineData("50%", "50%")]
    [InlineData("ER \u2265 1%", "er \u2265 1%")]
    [InlineData("(at least 70%)", "at least 70%")]
    [InlineData("\uFF15\uFF10\uFF05", "50%")]
    [InlineData("5\u2030.", "5\u2030")]
    [InlineData("1\u2031", "1\u2031")]
    [InlineData("#1;", "1")]
    [InlineData("...", "")]
    [InlineData("", "")]
    public void Normalises_as_SCORING_md_says(string input, string expected)
    {
        Assert.Equal(expected, TextNormalizer.Normalize(input));
    }

    [Fact]
    public void Null_normalises_to_empty()
    {
        Assert.Equal(string.Empty, TextNormalizer.Normalize(null));
    }

    [Fact]
    public void Every_normalised_character_maps_back_to_the_original_characters_it_came_from()
    {
        const string original = " \u201CSigni\uFB01cant  cafe\u0301\u2013use\u201D ";
        var normalized = TextNormalizer.NormalizeWithOffsets(original);

        Assert.Equal("significant caf\u00E9 use", normalized.Text);
        Assert.Equal((2, 12), normalized.ToOriginal(0, 11)); // "significant" ← "Signiﬁcant"
        Assert.Equal((7, 8), normalized.ToOriginal(5, 6)); // "f" ← "ﬁ"
        Assert.Equal((7, 8), normalized.ToOriginal(6, 7)); // "i" ← "ﬁ" too
        Assert.Equal((14, 19), normalized.ToOriginal(12, 16)); // "café" ← "cafe" + combining acute
        Assert.Equal((12, 14), normalized.ToOriginal(11, 12)); // the collapsed run of two spaces
        Assert.Equal((19, 23), normalized.ToOriginal(16, 20)); // " use" ← "–use"
    }

    [Fact]
    public void The_trimmed_characters_are_kept_in_normalised_form()
    {
        var normalized = TextNormalizer.NormalizeWithOffsets("  \u201C(TPS)\uFF0E\u201D ");

        Assert.Equal("tps", normalized.Text);
        Assert.Equal(" \u201C(", normalized.TrimmedStart);
        Assert.Equal(").\u201D ", normalized.TrimmedEnd);
        Assert.Equal((4, 7), normalized.ToOriginal(0, 3));
    }

    [Fact]
    public void Untrimmed_normalisation_keeps_the_surrounding_punctuation_with_its_offsets()
    {
        var normalized = TextNormalizer.NormalizeUntrimmed(" (ER\u00A0\u2265 1%).");

        Assert.Equal(" (er \u2265 1%).", normalized.Text);
        Assert.Equal(string.Empty, normalized.TrimmedStart);
        Assert.Equal(string.Empty, normalized.TrimmedEnd);
        Assert.Equal((2, 9), normalized.ToOriginal(2, 9));
        Assert.Equal((9, 11), normalized.ToOriginal(9, 11));
        Assert.Equal([2], normalized.IndexesOfWholeWord("er \u2265 1%"));
    }

    [Fact]
    public void Whole_word_search_respects_boundaries()
    {
        var text = TextNormalizer.NormalizeWithOffsets("HER2, ER and PR (er)");

        // The closing parenthesis is trimmed as surrounding punctuation; the inner "er" is still found.
        Assert.Equal([(6, 8), (17, 19)], text.FindWholeWords("er"));
        Assert.True(text.ContainsWholeWord("her2"));
        Assert.False(text.ContainsWholeWord("her"));
        Assert.Empty(text.FindWholeWords(string.Empty));
    }

    [Fact]
    public void Offsets_are_ordered_and_inside_the_original_for_random_text()
    {
        var random = new Random(20240501);
        string[] pieces = ["a", "B", "1", " ", "  ", "-", "\u2013", "\uFB01", "e\u0301", "\u00BD", "Ｈ", "\"", ".", "\u00A0", "\u1100\u1161", "\uD835\uDC00", "\u00AD", "(", "x"];
        for (var trial = 0; trial < 500; trial++)
        {
            var original = string.Concat(Enumerable.Range(0, random.Next(0, 12)).Select(_ => pieces[random.Next(pieces.Length)]));
            var normalized = TextNormalizer.NormalizeWithOffsets(original);

            Assert.Equal(TextNormalizer.Normalize(original), normalized.Text);
            Assert.Equal(normalized.Text, TextNormalizer.Normalize(normalized.Text));
            var previousEnd = 0;
            for (var i = 0; i < normalized.Text.Length; i++)
            {
                var (start, end) = normalized.ToOriginal(i, i + 1);
                Assert.InRange(start, 0, original.Length - 1);
                Assert.InRange(end, start + 1, original.Length);
                Assert.True(end >= previousEnd, $"offsets go backwards in \"{original}\"");
                previousEnd = end;
            }
        }
    }
}
