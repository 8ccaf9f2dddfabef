using System.Globalization;
using McodeBench.Core.Annotations;
using McodeBench.Core.Library;
using McodeBench.Core.Pipelines.Parsing;
using Microsoft.Extensions.AI;

namespace McodeBench.Core.Pipelines;

/// <summary>
/// Extraction prompt → entities (ids e1..eN) → mapping prompt given those entities as <c>{entities_json}</c> →
/// mappings linked to them. The final prediction is the extraction step's entities plus the mapping step's mappings.
/// </summary>
public sealed class TwoStepPipeline : IExtractionPipeline
{
    public const string PipelineName = "two_step";
    public const string ExtractionStep = "extraction";
    public const string MappingStep = "mapping";

    /// <summary>Warning added when the extraction found nothing, so no mapping call was made.</summary>
    public const string MappingSkippedWarning = "mapping: skipped, because the extraction step found no entities.";

    private readonly ChatStepRunner runner;

    public TwoStepPipeline(IChatClient client, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        runner = new ChatStepRunner(client, time ?? TimeProvider.System);
    }

    public string Name => PipelineName;

    public async Task<PipelineResult> RunAsync(PipelineRequest request, CancellationToken cancellationToken = default)
    {
        Validate(request);
        var steps = new List<PipelineStepRecord>();
        var warnings = new List<string>();
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [PromptTemplate.ClinicalText] = request.Trial.Text,
            [PromptTemplate.TrialContext] = request.TrialContext,
        };

        if (cancellationToken.IsCancellationRequested)
        {
            return PipelineResult.Failed(PipelineName, StepInterpretation.Cancelled(ExtractionStep), steps, warnings);
        }

        var extraction = await runner.RunAsync(ExtractionStep, Render(request.Prompt, values), request, null, new ParseContext(PromptType.Extraction), cancellationToken).ConfigureAwait(false);
        steps.Add(extraction);
        var entitiesRead = ReadExtraction(extraction, warnings);
        if (entitiesRead.Failure is { } extractionFailure)
        {
            return PipelineResult.Failed(PipelineName, extractionFailure, steps, warnings);
        }

        var entities = entitiesRead.Prediction!.Entities;
        if (entities.Count == 0)
        {
            warnings.Add(MappingSkippedWarning);
            return PipelineResult.Success(PipelineName, Prediction.Empty, steps, warnings);
        }

        var entitiesJson = CanonicalEntitiesJson.Write(entities);
        values[PromptTemplate.EntitiesJson] = entitiesJson;
        if (cancellationToken.IsCancellationRequested)
        {
            return PipelineResult.Failed(PipelineName, StepInterpretation.Cancelled(MappingStep), steps, warnings);
        }

        var mapping = await runner.RunAsync(MappingStep, Render(request.MappingPrompt!, values), request, entitiesJson, new ParseContext(PromptType.Mapping, entities), cancellationToken).ConfigureAwait(false);
        steps.Add(mapping);
        var mappingsRead = ReadMapping(mapping, entities, warnings);
        return mappingsRead.Failure is { } mappingFailure
            ? PipelineResult.Failed(PipelineName, mappingFailure, steps, warnings)
            : PipelineResult.Success(PipelineName, new Prediction(entities, mappingsRead.Prediction!.Mappings), steps, warnings);
    }

    /// <summary>Rebuilds a stored two-step result's prediction from its raw outputs; see <see cref="PipelineRescorer"/>.</summary>
    internal static PipelineResult Reinterpret(PipelineResult stored)
    {
        var warnings = new List<string>();
        var extraction = stored.Steps.FirstOrDefault(s => s.Step == ExtractionStep);
        if (extraction is null)
        {
            return stored;
        }

        var entitiesRead = ReadExtraction(extraction, warnings);
        if (entitiesRead.Failure is { } extractionFailure)
        {
            return PipelineResult.Failed(PipelineName, extractionFailure, stored.Steps, warnings);
        }

        var entities = entitiesRead.Prediction!.Entities;
        if (entities.Count == 0)
        {
            warnings.Add(MappingSkippedWarning);
            return PipelineResult.Success(PipelineName, Prediction.Empty, stored.Steps, warnings);
        }

        var mapping = stored.Steps.FirstOrDefault(s => s.Step == MappingStep);
        if (mapping is null)
        {
            // The run stopped before its mapping call (cancelled) or predates a parser that now finds entities.
            if (stored.Failure is { } storedFailure)
            {
                return PipelineResult.Failed(PipelineName, storedFailure, stored.Steps, warnings);
            }

            warnings.Add("mapping: no mapping call was recorded; the prediction has entities only.");
            return PipelineResult.Success(PipelineName, new Prediction(entities, []), stored.Steps, warnings);
        }

        var sent = EntitiesAsSent(mapping, entities, warnings);
        var mappingsRead = ReadMapping(mapping, sent, warnings);
        return mappingsRead.Failure is { } mappingFailure
            ? PipelineResult.Failed(PipelineName, mappingFailure, stored.Steps, warnings)
            : PipelineResult.Success(PipelineName, new Prediction(entities, mappingsRead.Prediction!.Mappings), stored.Steps, warnings);
    }

    /// <summary>Parses the extraction output and numbers its entities e1..eN in order (the ids the mapping prompt sees).</summary>
    private static StepReading ReadExtraction(PipelineStepRecord step, List<string> warnings)
    {
        var (outcome, failure) = StepInterpretation.Parse(step, new ParseContext(PromptType.Extraction), warnings);
        if (failure is not null)
        {
            return StepReading.Of(failure);
        }

        var entities = outcome!.Prediction!.Entities
            .Select((entity, index) => entity with { Id = "e" + (index + 1).ToString(CultureInfo.InvariantCulture) })
            .ToList();
        return StepReading.Of(new Prediction(entities, []));
    }

    private static StepReading ReadMapping(PipelineStepRecord step, IReadOnlyList<Entity> entities, List<string> warnings)
    {
        var (outcome, failure) = StepInterpretation.Parse(step, new ParseContext(PromptType.Mapping, entities), warnings);
        if (failure is not null)
        {
            return StepReading.Of(failure);
        }

        if (outcome!.Prediction!.Entities.Count > 0)
        {
            warnings.Add($"{step.Step}: the answer repeats {outcome.Prediction.Entities.Count} entities; the extraction step's entities are kept instead.");
        }

        return StepReading.Of(new Prediction(entities, outcome.Prediction.Mappings));
    }

    /// <summary>The entities the mapping prompt actually contained, so links resolve as the model meant them.</summary>
    private static IReadOnlyList<Entity> EntitiesAsSent(PipelineStepRecord mapping, IReadOnlyList<Entity> reparsed, List<string> warnings)
    {
        if (mapping.EntitiesJson is not { } json || json == CanonicalEntitiesJson.Write(reparsed))
        {
            return reparsed;
        }

        warnings.Add("mapping: the re-parsed extraction differs from the entities the mapping prompt was sent; mapping links refer to the entities as sent.");
        var sent = ModelOutputParser.Parse(json, null, new ParseContext(PromptType.Extraction));
        return sent.IsSuccess ? sent.Prediction.Entities : reparsed;
    }

    private static string Render(PromptDefinition prompt, IReadOnlyDictionary<string, string> values) =>
        new PromptTemplate(prompt.Template).Render(values);

    private static void Validate(PipelineRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Prompt.Type != PromptType.Extraction)
        {
            throw new ArgumentException(
                $"The two-step pipeline's first prompt must be an extraction prompt, but \"{request.Prompt.Key}\" is of type {request.Prompt.Type}.", nameof(request));
        }

        if (request.MappingPrompt is not { Type: PromptType.Mapping })
        {
            throw new ArgumentException(
                request.MappingPrompt is null
                    ? "The two-step pipeline needs a mapping prompt (PipelineRequest.MappingPrompt)."
                    : $"The two-step pipeline's second prompt must be a mapping prompt, but \"{request.MappingPrompt.Key}\" is of type {request.MappingPrompt.Type}.",
                nameof(request));
        }
    }
}
