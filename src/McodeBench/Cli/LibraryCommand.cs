using System.CommandLine;
using System.Globalization;
using McodeBench.Core.Library;
using McodeBench.Core.Library.Storage;
using Spectre.Console;

namespace McodeBench.Cli;

/// <summary>
/// <c>mcodebench library list [--prompts|--models]</c>: the configured prompt and model libraries as tables. For each
/// model it says whether its API-key variable is set, never what it holds.
/// </summary>
internal static class LibraryCommand
{
    public static Command Create(SessionRunner runner)
    {
        var prompts = new Option<bool>("--prompts") { Description = "List the prompt library only." };
        var models = new Option<bool>("--models") { Description = "List the model library only." };
        var list = new Command("list", "List the prompts and models of the configured libraries (PromptLibrary, ModelLibrary).") { prompts, models };
        runner.SetAction(list, (session, _) =>
        {
            var onlyPrompts = session.Parse.GetValue(prompts);
            var onlyModels = session.Parse.GetValue(models);
            var both = onlyPrompts == onlyModels;
            var exit = ExitCodes.Success;
            if (both || onlyPrompts)
            {
                exit = Math.Max(exit, ListPrompts(session));
            }

            if (both || onlyModels)
            {
                exit = Math.Max(exit, ListModels(session));
            }

            return Task.FromResult(exit);
        });

        var library = new Command("library", "Inspect the prompt and model libraries.");
        library.Subcommands.Add(list);
        return library;
    }

    private static int ListPrompts(CommandSession session)
    {
        var loaded = PromptLibraryLoader.Load(session.Options.PromptLibrary);
        if (!Loaded(session, loaded, "prompt") || loaded.Library is not { } library)
        {
            return ExitCodes.BadInput;
        }

        var table = new Table()
            .Title($"Prompts — {Markup.Escape(library.Name)} (version {Markup.Escape(library.Version)})")
            .AddColumns("key", "type", "status", "default", "tags", "version");
        foreach (var prompt in library.Prompts)
        {
            table.AddRow(
                Markup.Escape(prompt.Key),
                prompt.Type.ToWireName(),
                prompt.Status.ToWireName(),
                prompt.IsDefault ? "yes" : string.Empty,
                Markup.Escape(string.Join(", ", prompt.Tags)),
                Markup.Escape(prompt.Version));
        }

        session.Out.Write(table);
        return ExitCodes.Success;
    }

    private static int ListModels(CommandSession session)
    {
        var loaded = ModelLibraryLoader.Load(session.Options.ModelLibrary);
        if (!Loaded(session, loaded, "model") || loaded.Library is not { } library)
        {
            return ExitCodes.BadInput;
        }

        var keys = new ApiKeyResolver(session.Environment.Variable);
        var table = new Table()
            .Title($"Models — {Markup.Escape(library.Name)} (version {Markup.Escape(library.Version)})")
            .AddColumns("key", "provider", "endpoint", "model id", "API key", "$/M in", "$/M out", "rate limit", "concurrency", "simulated");
        foreach (var model in library.Models)
        {
            table.AddRow(
                Markup.Escape(model.Key + (string.Equals(model.Key, library.DefaultKey, StringComparison.Ordinal) ? " (default)" : string.Empty)),
                model.Provider.ToWireName(),
                Markup.Escape(model.Endpoint ?? "(built in)"),
                Markup.Escape(model.ModelId),
                ApiKeyState(model, keys),
                model.Pricing.InputPerMillion.ToString("0.00##", CultureInfo.InvariantCulture),
                model.Pricing.OutputPerMillion.ToString("0.00##", CultureInfo.InvariantCulture),
                model.RequestsPerMinute is int rpm ? rpm.ToString(CultureInfo.InvariantCulture) + "/min" : "none",
                model.MaxConcurrency.ToString(CultureInfo.InvariantCulture),
                model.IsSimulated ? "[yellow]simulated[/]" : string.Empty);
        }

        session.Out.Write(table);
        session.Out.MarkupLine("[grey]API key: whether the environment variable the library names is set; its value is never shown.[/]");
        return ExitCodes.Success;
    }

    private static string ApiKeyState(ModelDefinition model, ApiKeyResolver keys) =>
        model.ApiKeyVariable is not { Length: > 0 } variable
            ? "none needed"
            : keys.IsAvailable(model)
                ? $"[green]{Markup.Escape(variable)} set[/]"
                : $"[red]{Markup.Escape(variable)} not set[/]";

    private static bool Loaded<T>(CommandSession session, LibraryLoadResult<T> loaded, string what)
        where T : class
    {
        DiagnosticPrinter.Print(session.Out, loaded.Diagnostics.Where(d => d.Severity != Core.Diagnostics.DiagnosticSeverity.Info));
        if (!loaded.HasErrors && loaded.Library is not null)
        {
            return true;
        }

        BadInputLog.Write(session.Logger, loaded.Diagnostics);
        session.Out.MarkupLineInterpolated($"[red]The {what} library could not be loaded; fix the errors above (mcodebench validate checks every file).[/]");
        return false;
    }
}
