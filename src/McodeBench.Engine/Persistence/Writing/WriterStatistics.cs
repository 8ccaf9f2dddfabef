namespace McodeBench.Engine.Persistence.Writing;

/// <summary>What the write queue has committed: writes and the transactions (batches) they went in.</summary>
public sealed record WriterStatistics(long Batches, long Writes, long FailedWrites);
