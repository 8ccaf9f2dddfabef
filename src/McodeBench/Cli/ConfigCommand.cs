using System.CommandLine;
using McodeBench.Configuration;
using Spectre.Console;

namespace McodeBench.Cli;

/// <summary>
/// <c>mcodebench config show</c>: the effective configuration, each value with the file, environment variable or
/// command-line option it came from, secrets masked; then any setting McodeBench does not know (a typo, most often).
/// </summary>
internal static class ConfigCommand
{
    public static Command Create(SessionRunner runner)
    {
        var show = new Command("show", "Print the effective configuration and the source of each value (secrets masked).");
        runner.SetAction(show, (session, _) => Task.FromResult(Show(session)));
        var config = new Command("config", "Show the configuration (appsettings.json < MCODEBENCH_ environment variables < command-line options).");
        config.Subcommands.Add(show);
        return config;
    }

    private static int Show(CommandSession session)
    {
        var console = session.Out;
        var table = new Table().Title("Effective configuration").AddColumns("setting", "value", "source");
        foreach (var value in session.Configuration.Values.Where(v => v.Known))
        {
            table.AddRow(Markup.Escape(value.Key), Markup.Escape(value.Value), Markup.Escape(value.Source));
        }

        console.Write(table);
        var unknown = session.Configuration.Values.Where(v => !v.Known).ToList();
        if (unknown.Count > 0)
        {
            var ignored = new Table().Title("Settings McodeBench does not use (ignored)").AddColumns("setting", "value", "source");
            foreach (var value in unknown)
            {
                ignored.AddRow(Markup.Escape(value.Key), Markup.Escape(value.Value), Markup.Escape(value.Source));
            }

            console.Write(ignored);
        }

        DiagnosticPrinter.Print(console, session.Configuration.Diagnostics);
        var files = McodeBenchConfiguration.SettingsFiles(session.Environment);
        console.MarkupLineInterpolated($"[grey]Read, lowest precedence first: {string.Join(", ", files.Select(f => File.Exists(f) ? f : f + " (absent)"))}, then {SettingNames.EnvironmentPrefix}* environment variables, then command-line options. Secrets are shown as {SecretMasker.Mask}.[/]");
        return ExitCodes.Success;
    }
}
