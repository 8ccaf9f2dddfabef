using McodeBench.Core.Annotations;
using McodeBench.Core.Gold;
using McodeBench.Core.Library;
using McodeBench.Core.Library.Storage;
using McodeBench.Core.Mcode;
using McodeBench.Core.Pipelines;
using McodeBench.Core.Scoring;
using McodeBench.Core.Tasks;
using McodeBench.Core.Trials;
using Microsoft.Extensions.AI;

namespace McodeBench.Simulator.Tests.Support;

/// <summary>
/// One benchmark task's inputs read from <c>samples/</c> with the product's own loaders: the default prompt library,
/// a trial assembled as a model sees it, and its gold standard; plus the pipelines and the scorer to run and judge it.
/// </summary>
public sealed record SampleTrial(PromptLibrary Prompts, Trial Trial, TrialText Text, GoldStandard Gold)
{
    private static readonly ScoringOptions Scoring = new(McodeVocabularyLoader.Default);

    public static async Task<SampleTrial> LoadAsync(string trialId, CancellationToken cancellationToken)
    {
        var samples = Path.Combine(RepositoryRoot(), "samples");
        var prompts = PromptLibraryLoader.Load(Path.Combine(samples, "prompts", "prompts.json")).RequireLibrary();

        var trials = await CtGovStudyReader.ReadFileAsync(Path.Combine(samples, "trials", $"{trialId}.json"), cancellationToken);
        Assert.False(trials.HasErrors, string.Join("; ", trials.Errors));
        var trial = Assert.Single(trials.Trials);

        var gold = await GoldStandardReader.ReadFileAsync(Path.Combine(samples, "gold", $"{trialId}.gold.json"), cancellationToken);
        Assert.False(gold.HasErrors, string.Join("; ", gold.Errors));
        return new SampleTrial(prompts, trial, TrialTextAssembler.Assemble(trial), Assert.Single(gold.Standards));
    }

    /// <summary>The task with the library's default prompts for <paramref name="kind"/>.</summary>
    public PipelineRequest Request(PipelineKind kind, int repeatIndex = 0) => kind switch
    {
        PipelineKind.TwoStep => new PipelineRequest(
            Text, TrialContextText.Describe(Trial), Default(PromptType.Extraction), Default(PromptType.Mapping), new GenerationParameters(), repeatIndex),
        PipelineKind.Direct => new PipelineRequest(
            Text, TrialContextText.Describe(Trial), Default(PromptType.Direct), null, new GenerationParameters(), repeatIndex),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown pipeline kind."),
    };

    public static IExtractionPipeline Pipeline(PipelineKind kind, IChatClient client) => kind switch
    {
        PipelineKind.TwoStep => new TwoStepPipeline(client),
        PipelineKind.Direct => new DirectPipeline(client),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown pipeline kind."),
    };

    public ScoreReport Score(Prediction prediction) => Scorer.Score(Trial, Gold, prediction, Scoring);

    private PromptDefinition Default(PromptType type) =>
        Prompts.DefaultFor(type) ?? throw new InvalidOperationException($"samples/prompts/prompts.json has no default {type} prompt.");

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "McodeBench.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Cannot find McodeBench.slnx above " + AppContext.BaseDirectory);
    }
}
