using McodeBench.Core.Scoring;
using McodeBench.Core.Scoring.Agreement;
using McodeBench.Core.Tests.Library;
using McodeBench.Core.Tests.Scoring;

namespace McodeBench.Core.Tests.Gold;

/// <summary>Two annotators of SCORING.md's worked text, by hand: they agree on G1 and G2; the second marks only "breast cancer" for G3.</summary>
public sealed class AnnotatorAgreementTests : IDisposable
{
    private const string Second = "T1\tbiomarker 11 24\tHER2-positive\nT2\tmedication 46 57\ttrastuzumab\nT3\tcondition 70 83\tbreast cancer\n";

    private readonly TemporaryFolder folder = new();

    public void Dispose() => folder.Dispose();

    private async Task<(string First, string Second)> WriteAsync()
    {
        folder.Write($"a/{BratWorkedCheckFiles.Document}.txt", BratWorkedCheckFiles.Text);
        folder.Write($"a/{BratWorkedCheckFiles.Document}.ann", BratWorkedCheckFiles.GoldAnnotations);
        folder.Write("a/NCT00000099.txt", "Only the first annotator saw lung cancer.");
        folder.Write("a/NCT00000099.ann", "T1\tcondition 29 40\tlung cancer\n");
        folder.Write($"b/{BratWorkedCheckFiles.Document}.txt", BratWorkedCheckFiles.Text);
        folder.Write($"b/{BratWorkedCheckFiles.Document}.ann", Second);
        await Task.CompletedTask;
        return (folder.Combine("a"), folder.Combine("b"));
    }

    [Fact]
    public async Task Agreement_counts_only_common_trials_with_every_entity_scheme()
    {
        var (first, second) = await WriteAsync();

        var report = await AnnotatorAgreement.CompareAsync([first], [second], [], null, TestVocabulary.Options(), TestContext.Current.CancellationToken);

        Assert.False(report.HasErrors);
        Assert.Equal([BratWorkedCheckFiles.Document], report.CommonTrials);
        Assert.Equal(["NCT00000099"], report.OnlyInFirst);
        Assert.Empty(report.OnlyInSecond);
        var strict = report.Score.Entities.Get(EntityScheme.Strict).Micro;
        Assert.Equal((2, 1, 0, 0, 0), (strict.Cor, strict.Inc, strict.Par, strict.Mis, strict.Spu));
        Assert.Equal(2.0 / 3, strict.F1!.Value, 9);
        var partial = report.Score.Entities.Get(EntityScheme.Partial).Micro;
        Assert.Equal((2, 0, 1), (partial.Cor, partial.Inc, partial.Par));
        Assert.Equal(1.0, report.Score.Entities.Get(EntityScheme.Type).Micro.F1);

        // No mappings on either side: mapping agreement is undefined, never 0 or 1.
        Assert.Null(report.Score.Mappings.Get(MappingScheme.Strict).Micro.F1);
    }

    [Fact]
    public async Task Swapping_the_annotators_swaps_precision_and_recall_and_keeps_f1()
    {
        var (first, second) = await WriteAsync();
        var options = TestVocabulary.Options();

        var forward = await AnnotatorAgreement.CompareAsync([first], [second], [], null, options, TestContext.Current.CancellationToken);
        var backward = await AnnotatorAgreement.CompareAsync([second], [first], [], null, options, TestContext.Current.CancellationToken);

        foreach (var scheme in Enum.GetValues<EntityScheme>())
        {
            var a = forward.Score.Entities.Get(scheme).Micro;
            var b = backward.Score.Entities.Get(scheme).Micro;
            Assert.Equal((a.Precision, a.Recall, a.F1), (b.Recall, b.Precision, b.F1));
        }
    }

    [Fact]
    public async Task Gold_sets_with_no_common_trial_are_an_error()
    {
        folder.Write("a/NCT1.txt", "breast cancer");
        folder.Write("a/NCT1.ann", "T1\tcondition 0 13\tbreast cancer\n");
        folder.Write("b/NCT2.txt", "breast cancer");
        folder.Write("b/NCT2.ann", "T1\tcondition 0 13\tbreast cancer\n");

        var report = await AnnotatorAgreement.CompareAsync([folder.Combine("a")], [folder.Combine("b")], [], null, TestVocabulary.Options(), TestContext.Current.CancellationToken);

        Assert.True(report.HasErrors);
        Assert.Contains("share no trial", Assert.Single(report.Diagnostics, d => d.IsError).Message, StringComparison.Ordinal);
    }
}
