namespace McodeBench.Tests.Support;

/// <summary>
/// Tests whose CLI runs start the built-in simulator on the sample library's fixed loopback port. A run reuses a
/// simulator another run already serves on that port, and that simulator stops when its own run ends, so two such
/// tests in parallel can pull the simulator from under each other (every simulated call then fails). They run in this
/// collection, one at a time and apart from the parallel tests.
/// </summary>
[CollectionDefinition(nameof(SimulatorPortSharing), DisableParallelization = true)]
public sealed class SimulatorPortSharing;
