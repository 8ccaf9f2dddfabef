using McodeBench.Core.Tasks.Runs;

namespace McodeBench.Engine.Persistence.Runs;

/// <summary>A run to store: its id, the spec it was started with and the library versions (or hashes) it used, by library name.</summary>
public sealed record NewRun(string Id, RunSpec Spec, IReadOnlyDictionary<string, string> LibraryVersions, DateTime CreatedUtc);
