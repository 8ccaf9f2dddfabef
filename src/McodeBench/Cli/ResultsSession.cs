using McodeBench.Configuration;
using McodeBench.Core.Library;
using McodeBench.Core.Library.Storage;
using McodeBench.Engine.Persistence;
using McodeBench.Engine.Results;
using Spectre.Console;

namespace McodeBench.Cli;

/// <summary>
/// What the commands that read stored results (<c>runs</c>, <c>export</c>) need: the configured database, opened for
/// reading, and the configured model library, which says which models are simulated. Dispose it to close the database.
/// </summary>
internal sealed class ResultsSession : IAsyncDisposable
{
    private readonly string modelLibraryPath;

    private ResultsSession(BenchDatabase database, ModelLibrary models, string modelLibraryPath, string where)
    {
        Database = database;
        Reader = new RunResultsReader(database);
        Models = models;
        this.modelLibraryPath = modelLibraryPath;
        Where = where;
    }

    public BenchDatabase Database { get; }

    public RunResultsReader Reader { get; }

    public ModelLibrary Models { get; }

    /// <summary>The database for messages: the SQLite file, or the connection string with its password masked.</summary>
    public string Where { get; }

    public static string Describe(McodeBenchOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.UsesSqliteFile ? options.DatabaseFile : SecretMasker.MaskConnectionString(options.Database);
    }

    /// <summary>
    /// True when the configured database is a SQLite file that does not exist yet: there is nothing to read, and
    /// opening it would create an empty database where the user may not expect one (a forgotten <c>--data-dir</c>).
    /// </summary>
    public static bool HasNoDatabaseYet(McodeBenchOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.UsesSqliteFile && !File.Exists(options.DatabaseFile);
    }

    /// <summary>
    /// Loads the model library and opens the database. Null when the library does not load: its problems are printed
    /// on <paramref name="messages"/> and the command should exit with <see cref="ExitCodes.BadInput"/>.
    /// </summary>
    /// <exception cref="DatabaseUnavailableException">The database cannot be opened; the message says what to check.</exception>
    public static async Task<ResultsSession?> OpenAsync(CommandSession session, IAnsiConsole messages, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(messages);
        var loaded = ModelLibraryLoader.Load(session.Options.ModelLibrary);
        if (loaded.HasErrors || loaded.Library is not { } models)
        {
            DiagnosticPrinter.Print(messages, loaded.Diagnostics.Where(d => d.Severity != Core.Diagnostics.DiagnosticSeverity.Info));
            BadInputLog.Write(session.Logger, loaded.Diagnostics);
            messages.MarkupLine("[red]The model library could not be loaded, so simulated models could not be labelled; fix the errors above (mcodebench validate checks every file).[/]");
            return null;
        }

        var database = await Engine.DatabaseAccess.OpenAsync(session, cancellationToken).ConfigureAwait(false);
        return new ResultsSession(database, models, session.Options.ModelLibrary, Describe(session.Options));
    }

    /// <summary>Whether results of the model must be labelled simulated.</summary>
    public bool IsSimulated(string modelKey) => Models.IsSimulated(modelKey);

    /// <summary>Warns about models of a run that the configured library no longer has: whether they are simulated cannot be told.</summary>
    public void WarnAboutUnknownModels(IEnumerable<string> modelKeys, IAnsiConsole messages)
    {
        ArgumentNullException.ThrowIfNull(modelKeys);
        ArgumentNullException.ThrowIfNull(messages);
        foreach (var key in modelKeys.Where(key => !Models.Contains(key)))
        {
            messages.MarkupLineInterpolated($"[yellow]Model '{key}' is not in the model library {modelLibraryPath}; whether it is simulated cannot be told, so it is not labelled simulated. Point --model-library at the library the run used.[/]");
        }
    }

    public ValueTask DisposeAsync() => Database.DisposeAsync();
}
