using McodeBench.Core.Scoring;
using McodeBench.Core.Tasks;

namespace McodeBench.Core.Reports.Exporters;

/// <summary>One task as exported: the task (keys, status, usage), its score report (null when it has none) and whether its model is simulated.</summary>
public sealed record TaskResultRow(BenchmarkTask Task, ScoreReport? Report, bool Simulated);
