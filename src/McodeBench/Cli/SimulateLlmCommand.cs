using System.CommandLine;
using System.Globalization;
using McodeBench.Core.Models.RulesBaseline;
using McodeBench.Simulator;
using Spectre.Console;

namespace McodeBench.Cli;

/// <summary>
/// <c>mcodebench simulate-llm</c>: runs the OpenAI-compatible simulator (docs/simulator.md) on 127.0.0.1 with the rules
/// baseline as its inner model, prints its base URL and a model-library entry for it, and serves until Ctrl+C.
/// </summary>
internal static class SimulateLlmCommand
{
    /// <summary>Not 5199: the sample library's simulated models use that port, and <c>run</c> starts its own simulator there.</summary>
    public const int DefaultPort = 5200;

    public static Command Create(SessionRunner runner)
    {
        var o = new Knobs();
        var command = new Command("simulate-llm", "Run the OpenAI-compatible LLM simulator on 127.0.0.1 until Ctrl+C (answers come from the rules baseline).")
        {
            o.Port, o.LatencyMs, o.JitterMs, o.RateLimit, o.ErrorRate, o.MalformedRate, o.TruncatedRate, o.TimeoutRate, o.Noise, o.Seed, o.ModelId,
        };
        runner.SetAction(command, (session, cancellationToken) => ExecuteAsync(session, o, cancellationToken));
        return command;
    }

    private static async Task<int> ExecuteAsync(CommandSession session, Knobs knobs, CancellationToken cancellationToken)
    {
        var parse = session.Parse;
        var problems = knobs.Problems(parse);
        if (problems.Count > 0)
        {
            foreach (var problem in problems)
            {
                session.Logger.BadInput(problem);
                session.Out.MarkupLineInterpolated($"[red]error: {problem}[/]");
            }

            return ExitCodes.BadInput;
        }

        var options = knobs.ToOptions(parse);
        var port = parse.GetValue(knobs.Port);
        SimulatorHost host;
        try
        {
            host = await SimulatorHost.StartAsync(options, new RulesBaselineChatClient(), port, session.LoggerFactory, cancellationToken).ConfigureAwait(false);
        }
        catch (IOException error)
        {
            session.Logger.PortUnavailable(error, port);
            session.Out.MarkupLineInterpolated($"[red]error: port {port} on 127.0.0.1 is already in use (or not allowed), so the simulator could not start.[/]");
            session.Out.MarkupLineInterpolated($"[red]Fix: choose another port with --port, or --port 0 for any free one.[/]");
            return ExitCodes.BadInput;
        }

        await using (host.ConfigureAwait(false))
        {
            session.Logger.SimulatorStarted(host.BaseUrl, options);
            session.Out.MarkupLineInterpolated($"[green]Simulator listening at {host.BaseUrl}[/] (OpenAI chat completions; answers from the rules baseline; results are labelled simulated).");
            session.Out.MarkupLine("Model-library entry for it (add it to the \"models\" list of your model library):");
            session.Out.Profile.Out.Writer.WriteLine(SimulatorModelSnippet.For(host.BaseUrl, options.ModelIds[0]));
            session.Out.MarkupLine("[grey]Press Ctrl+C to stop.[/]");
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                // Ctrl+C is how this command is meant to end.
            }

            await host.StopAsync(CancellationToken.None).ConfigureAwait(false);
            var seen = host.Counters;
            session.Logger.SimulatorStopped(host.BaseUrl, seen);
            session.Out.MarkupLineInterpolated($"Simulator stopped after {seen.Requests} request(s): {seen.Completed} completed, {seen.RateLimited} rate-limited, {seen.ServerErrors} server errors, {seen.Timeouts} timeouts, {seen.Malformed} malformed, {seen.Truncated} truncated.");
        }

        return ExitCodes.Success;
    }

    /// <summary>The command's options and how they become <see cref="SimulatorOptions"/>.</summary>
    private sealed class Knobs
    {
        public Option<int> Port { get; } = new("--port") { Description = $"TCP port on 127.0.0.1; 0 picks a free one. Default: {DefaultPort}.", DefaultValueFactory = _ => DefaultPort };

        public Option<int> LatencyMs { get; } = new("--latency-ms") { Description = "Fixed delay before every answer, in milliseconds.", DefaultValueFactory = _ => 0 };

        public Option<int> JitterMs { get; } = new("--jitter-ms") { Description = "Extra delay drawn from [0, jitter) per request, in milliseconds.", DefaultValueFactory = _ => 0 };

        public Option<double?> RateLimit { get; } = new("--rate-limit") { Description = "Requests per second before answering 429 with Retry-After. Default: no limit." };

        public Option<double> ErrorRate { get; } = new("--error-rate") { Description = "Share of requests answered HTTP 500 (0 to 1).", DefaultValueFactory = _ => 0 };

        public Option<double> MalformedRate { get; } = new("--malformed-rate") { Description = "Share of answers with broken JSON (0 to 1).", DefaultValueFactory = _ => 0 };

        public Option<double> TruncatedRate { get; } = new("--truncated-rate") { Description = "Share of answers cut short with finish reason length (0 to 1).", DefaultValueFactory = _ => 0 };

        public Option<double> TimeoutRate { get; } = new("--timeout-rate") { Description = "Share of requests that hang until the client gives up (0 to 1).", DefaultValueFactory = _ => 0 };

        public Option<double> Noise { get; } = new("--noise") { Description = "Chance, per item, of each extraction mistake: a dropped entity or mapping, an invented finding, a boundary moved by one word (0 to 1).", DefaultValueFactory = _ => 0 };

        public Option<int> Seed { get; } = new("--seed") { Description = "Root of every random draw; the same seed and requests give the same answers and faults.", DefaultValueFactory = _ => 42 };

        public Option<string> ModelId { get; } = new("--model-id") { Description = "Model id listed by GET /v1/models and used in the printed entry.", DefaultValueFactory = _ => "mcodebench-simulator" };

        public List<string> Problems(ParseResult parse)
        {
            var problems = new List<string>();
            if (parse.GetValue(Port) is < 0 or > 65535)
            {
                problems.Add($"--port is {parse.GetValue(Port)}; use 0 (any free port) to 65535.");
            }

            foreach (var option in new[] { LatencyMs, JitterMs })
            {
                if (parse.GetValue(option) < 0)
                {
                    problems.Add($"{option.Name} is {parse.GetValue(option)}; use 0 or more milliseconds.");
                }
            }

            if (parse.GetValue(RateLimit) is double rate && (double.IsNaN(rate) || rate <= 0))
            {
                problems.Add($"--rate-limit is {rate.ToString(CultureInfo.InvariantCulture)}; use a positive number of requests per second, or leave it out for no limit.");
            }

            foreach (var option in new[] { ErrorRate, MalformedRate, TruncatedRate, TimeoutRate, Noise })
            {
                var value = parse.GetValue(option);
                if (double.IsNaN(value) || value is < 0 or > 1)
                {
                    problems.Add($"{option.Name} is {value.ToString(CultureInfo.InvariantCulture)}; use a share from 0 to 1 (0.1 = 10 %).");
                }
            }

            if (parse.GetValue(ErrorRate) + parse.GetValue(TimeoutRate) > 1)
            {
                problems.Add("--error-rate and --timeout-rate add up to more than 1; a request can only fail one way.");
            }

            if (parse.GetValue(MalformedRate) + parse.GetValue(TruncatedRate) > 1)
            {
                problems.Add("--malformed-rate and --truncated-rate add up to more than 1; an answer can only be broken one way.");
            }

            if (string.IsNullOrWhiteSpace(parse.GetValue(ModelId)))
            {
                problems.Add("--model-id is empty; give the model id clients will send.");
            }

            return problems;
        }

        public SimulatorOptions ToOptions(ParseResult parse)
        {
            var noise = parse.GetValue(Noise);
            return new SimulatorOptions
            {
                Seed = parse.GetValue(Seed),
                ModelIds = [parse.GetValue(ModelId)!],
                Latency = TimeSpan.FromMilliseconds(parse.GetValue(LatencyMs)),
                LatencyJitter = TimeSpan.FromMilliseconds(parse.GetValue(JitterMs)),
                RequestsPerSecond = parse.GetValue(RateLimit),
                ServerErrorShare = parse.GetValue(ErrorRate),
                MalformedJsonShare = parse.GetValue(MalformedRate),
                TruncatedShare = parse.GetValue(TruncatedRate),
                TimeoutShare = parse.GetValue(TimeoutRate),
                DropShare = noise,
                InventShare = noise,
                BoundaryShiftShare = noise,
            };
        }
    }
}
