namespace McodeBench.Engine.Persistence.Tasks;

/// <summary>A headline score a task list can be filtered by.</summary>
public enum TaskScoreColumn
{
    EntityF1Strict,
    EntityF1Type,
    MappingF1Strict,
    MappingF1Lenient,
    Compliance,
}
