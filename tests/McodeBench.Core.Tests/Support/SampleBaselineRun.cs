using McodeBench.Core.Annotations;
using McodeBench.Core.Gold;
using McodeBench.Core.Library;
using McodeBench.Core.Library.Storage;
using McodeBench.Core.Models.RulesBaseline;
using McodeBench.Core.Pipelines;
using McodeBench.Core.Trials;

namespace McodeBench.Core.Tests.Support;

/// <summary>
/// The rules baseline run over one sample trial as a benchmark task runs it: the trial assembled with the benchmark's
/// default sections, the library's default prompts, both pipelines; plus the gold standard and the sections the
/// scorer anchors in.
/// </summary>
public sealed record SampleBaselineRun(
    string TrialId,
    IReadOnlyList<TrialSection> Sections,
    GoldStandard Gold,
    PipelineResult Direct,
    PipelineResult TwoStep)
{
    public static IEnumerable<string> TrialIds() =>
        Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Samples, "trials"), "*.json")
            .Select(path => Path.GetFileNameWithoutExtension(path))
            .Order(StringComparer.Ordinal);

    public static async Task<SampleBaselineRun> RunAsync(string trialId, CancellationToken cancellationToken)
    {
        var samples = RepositoryPaths.Samples;
        var prompts = PromptLibraryLoader.Load(Path.Combine(samples, "prompts", "prompts.json")).RequireLibrary();
        var trials = await CtGovStudyReader.ReadFileAsync(Path.Combine(samples, "trials", $"{trialId}.json"), cancellationToken);
        Assert.False(trials.HasErrors, string.Join("; ", trials.Errors));
        var trial = Assert.Single(trials.Trials);
        var gold = await GoldStandardReader.ReadFileAsync(Path.Combine(samples, "gold", $"{trialId}.gold.json"), cancellationToken);
        Assert.False(gold.HasErrors, string.Join("; ", gold.Errors));

        var text = TrialTextAssembler.Assemble(trial, SectionNames.BenchmarkDefault);
        var context = TrialContextText.Describe(trial);
        using var client = new RulesBaselineChatClient();
        var direct = await new DirectPipeline(client).RunAsync(
            new PipelineRequest(text, context, Default(prompts, PromptType.Direct), null, new GenerationParameters()), cancellationToken);
        var twoStep = await new TwoStepPipeline(client).RunAsync(
            new PipelineRequest(text, context, Default(prompts, PromptType.Extraction), Default(prompts, PromptType.Mapping), new GenerationParameters()), cancellationToken);
        var sections = trial.Sections.Where(s => SectionNames.BenchmarkDefault.Contains(s.Name, StringComparer.Ordinal)).ToList();
        return new SampleBaselineRun(trialId, sections, Assert.Single(gold.Standards), direct, twoStep);
    }

    private static PromptDefinition Default(PromptLibrary prompts, PromptType type) =>
        prompts.DefaultFor(type) ?? throw new InvalidOperationException($"samples/prompts/prompts.json has no default {type} prompt.");
}
