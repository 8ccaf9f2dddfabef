using McodeBench.Core.Annotations;

namespace McodeBench.Core.Pipelines;

/// <summary>What one recorded step yields once interpreted: a (partial) prediction or the run's failure.</summary>
internal sealed record StepReading(Prediction? Prediction, PipelineFailure? Failure)
{
    public static StepReading Of(Prediction prediction) => new(prediction, null);

    public static StepReading Of(PipelineFailure failure) => new(null, failure);
}
