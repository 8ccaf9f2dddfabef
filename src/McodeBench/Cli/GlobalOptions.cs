using System.CommandLine;
using System.Globalization;
using McodeBench.Configuration;

namespace McodeBench.Cli;

/// <summary>
/// The configuration settings that can be given on the command line of any command; they outrank appsettings.json and
/// environment variables. <c>AccessToken</c> has no option on purpose: a command line is visible to every user of the
/// machine (<c>ps</c>), so secrets come from the environment or a settings file only.
/// </summary>
internal sealed class GlobalOptions
{
    private readonly List<(Option<string?> Option, string Key)> scalars = [];
    private readonly List<(Option<string[]> Option, string Key)> lists = [];
    private readonly List<(Option<string?> Option, string Key)> statistics = [];

    public GlobalOptions()
    {
        Scalar(new Option<string?>("--data-dir") { Description = "Folder for the database, response cache and logs (DataDir). Default: ./.mcodebench" }, SettingNames.DataDir);
        Scalar(new Option<string?>("--db", "--database") { Description = "Database connection string (Database, MCODEBENCH_DB). Default: a SQLite file in the data folder." }, SettingNames.Database);
        Scalar(new Option<string?>("--prompt-library") { Description = "Prompt library file (PromptLibrary). Default: the bundled samples." }, SettingNames.PromptLibrary);
        Scalar(new Option<string?>("--model-library") { Description = "Model library file (ModelLibrary). Default: the bundled samples." }, SettingNames.ModelLibrary);
        List(new Option<string[]>("--trials-path") { Description = "CT.gov trial files or folders (Trials). Default: the bundled samples.", AllowMultipleArgumentsPerToken = true }, SettingNames.Trials);
        List(new Option<string[]>("--gold-path") { Description = "Gold files or folders (Gold). Default: the bundled samples.", AllowMultipleArgumentsPerToken = true }, SettingNames.Gold);
        Scalar(new Option<string?>("--log-level") { Description = "Trace, Debug, Information, Warning, Error, Critical or None (LogLevel). Default: Information." }, SettingNames.LogLevel);
        Scalar(new Option<string?>("--log-file") { Description = "Rolling log file (LogFile). Default: DATADIR/logs/mcodebench-.log (the date goes before .log)." }, SettingNames.LogFile);
        Scalar(new Option<string?>("--web-port") { Description = "Port of the web tracker (WebPort). Default: 5080." }, SettingNames.WebPort);

        // Only the commands that compute statistics take these (run, runs show, compare, export): Statistics.Options.
        statistics.Add((new Option<string?>("--resamples") { Description = "Cluster-bootstrap resamples per interval, 100 to 1,000,000 (Statistics:Resamples). Default: 2000." }, SettingNames.StatisticsResamples));
        statistics.Add((new Option<string?>("--shuffles") { Description = "Approximate-randomization shuffles per paired test, 99 to 10,000,000 (Statistics:Shuffles). Default: 9999." }, SettingNames.StatisticsShuffles));
        statistics.Add((new Option<string?>("--alpha") { Description = "Significance level, strictly between 0 and 1: rows whose Holm-adjusted p is at least alpha are tied (Statistics:Alpha). Default: 0.05." }, SettingNames.StatisticsAlpha));
        statistics.Add((new Option<string?>("--seed") { Description = "Seed of the resampling, a whole number (Statistics:Seed); the same seed gives the same intervals." }, SettingNames.StatisticsSeed));
    }

    public IEnumerable<Option> All => scalars.Select(s => (Option)s.Option).Concat(lists.Select(l => (Option)l.Option));

    /// <summary>The statistics settings' options, added by each command that computes statistics (not recursive).</summary>
    public IEnumerable<Option> Statistics => statistics.Select(s => (Option)s.Option);

    /// <summary>Adds the statistics options to a command that computes statistics.</summary>
    public void AddStatisticsTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        foreach (var option in Statistics)
        {
            command.Options.Add(option);
        }
    }

    /// <summary>The settings the user gave on this command line, as configuration values.</summary>
    public IReadOnlyList<SettingAssignment> Assignments(ParseResult parse)
    {
        var assignments = new List<SettingAssignment>();
        foreach (var (option, key) in scalars.Concat(statistics))
        {
            if (parse.GetResult(option) is { Implicit: false } && parse.GetValue(option) is { } value)
            {
                assignments.Add(new SettingAssignment(key, value, "command line " + option.Name));
            }
        }

        foreach (var (option, key) in lists)
        {
            if (parse.GetResult(option) is { Implicit: false } && parse.GetValue(option) is { Length: > 0 } values)
            {
                assignments.AddRange(values.Select((value, index) =>
                    new SettingAssignment($"{key}:{index.ToString(CultureInfo.InvariantCulture)}", value, "command line " + option.Name)));
            }
        }

        return assignments;
    }

    private void Scalar(Option<string?> option, string key)
    {
        option.Recursive = true;
        scalars.Add((option, key));
    }

    private void List(Option<string[]> option, string key)
    {
        option.Recursive = true;
        lists.Add((option, key));
    }
}
