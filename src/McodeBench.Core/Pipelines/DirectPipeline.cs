using McodeBench.Core.Library;
using McodeBench.Core.Pipelines.Parsing;
using Microsoft.Extensions.AI;

namespace McodeBench.Core.Pipelines;

/// <summary>
/// One direct prompt → mappings (and entities when the answer has them). When the answer has no entities, one entity
/// is derived per distinct mapping <c>source_text</c>, typed by the entity type the mapping's element implies
/// (docs/pipelines.md), so direct prompts are scored on entities too.
/// </summary>
public sealed class DirectPipeline : IExtractionPipeline
{
    public const string PipelineName = "direct";
    public const string DirectStep = "direct";

    private static readonly ParseContext Expected = new(PromptType.Direct, DeriveEntitiesFromMappings: true);

    private readonly ChatStepRunner runner;

    public DirectPipeline(IChatClient client, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        runner = new ChatStepRunner(client, time ?? TimeProvider.System);
    }

    public string Name => PipelineName;

    public async Task<PipelineResult> RunAsync(PipelineRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Prompt.Type != PromptType.Direct)
        {
            throw new ArgumentException(
                $"The direct pipeline needs a direct prompt, but \"{request.Prompt.Key}\" is of type {request.Prompt.Type}.", nameof(request));
        }

        var steps = new List<PipelineStepRecord>();
        var warnings = new List<string>();
        if (cancellationToken.IsCancellationRequested)
        {
            return PipelineResult.Failed(PipelineName, StepInterpretation.Cancelled(DirectStep), steps, warnings);
        }

        var prompt = new PromptTemplate(request.Prompt.Template).Render(new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [PromptTemplate.ClinicalText] = request.Trial.Text,
            [PromptTemplate.TrialContext] = request.TrialContext,
        });
        var step = await runner.RunAsync(DirectStep, prompt, request, null, Expected, cancellationToken).ConfigureAwait(false);
        steps.Add(step);
        return Interpret(step, steps, warnings);
    }

    /// <summary>Rebuilds a stored direct result's prediction from its raw output; see <see cref="PipelineRescorer"/>.</summary>
    internal static PipelineResult Reinterpret(PipelineResult stored)
    {
        var step = stored.Steps.FirstOrDefault(s => s.Step == DirectStep);
        return step is null ? stored : Interpret(step, stored.Steps, []);
    }

    private static PipelineResult Interpret(PipelineStepRecord step, IReadOnlyList<PipelineStepRecord> steps, List<string> warnings)
    {
        var (outcome, failure) = StepInterpretation.Parse(step, Expected, warnings);
        return failure is not null
            ? PipelineResult.Failed(PipelineName, failure, steps, warnings)
            : PipelineResult.Success(PipelineName, outcome!.Prediction!, steps, warnings);
    }
}
