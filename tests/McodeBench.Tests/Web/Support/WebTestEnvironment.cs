using McodeBench.Configuration;
using McodeBench.Core.Execution;
using McodeBench.Engine.Persistence;
using Microsoft.Data.Sqlite;

namespace McodeBench.Tests.Web.Support;

/// <summary>
/// What a web test runs against: a fresh SQLite database in a temporary folder, the bundled sample workspace, and a
/// <see cref="FakeBenchmarkEngine"/> over both. Disposing it closes the database and deletes the folder.
/// </summary>
internal sealed class WebTestEnvironment : IAsyncDisposable
{
    private WebTestEnvironment(string folder, BenchDatabase database, FakeBenchmarkEngine engine)
    {
        Folder = folder;
        Database = database;
        Engine = engine;
    }

    public string Folder { get; }

    public BenchDatabase Database { get; }

    public FakeBenchmarkEngine Engine { get; }

    /// <summary>Environment variables the tracker sees (API-key presence is checked against these).</summary>
    public Dictionary<string, string> Variables { get; } = new(StringComparer.Ordinal);

    public ProcessEnvironment Environment => new(Variables, AppContext.BaseDirectory, Folder);

    public static async Task<WebTestEnvironment> CreateAsync(CancellationToken cancellationToken)
    {
        var folder = Path.Combine(Path.GetTempPath(), "mcodebench-web-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var loaded = await BenchmarkWorkspaceLoader.LoadAsync(WorkspacePaths.FromSamples(Path.Combine(AppContext.BaseDirectory, "samples")), cancellationToken);
        var workspace = loaded.Workspace ?? throw new InvalidOperationException("The bundled samples did not load: " + string.Join("; ", loaded.Diagnostics));
        var database = await BenchDatabase.OpenAsync(DatabaseOptions.For(folder), workerId: "web-test", cancellationToken: cancellationToken);
        return new WebTestEnvironment(folder, database, new FakeBenchmarkEngine(database, workspace));
    }

    public async ValueTask DisposeAsync()
    {
        await Database.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a closing connection; the temporary folder is cleaned by the system.
        }
    }
}
