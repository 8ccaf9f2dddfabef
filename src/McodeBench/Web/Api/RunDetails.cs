using McodeBench.Engine.Persistence.Runs;

namespace McodeBench.Web.Api;

/// <summary>One run: as stored (with its spec) and how far it got.</summary>
public sealed record RunDetails(StoredRun Run, ProgressView Progress);
