using McodeBench.Bench.Reporting;
using McodeBench.Bench.Scenarios;
using McodeBench.Bench.Sessions;
using McodeBench.Bench.Simulation;
using McodeBench.Bench.Web;

// dotnet run -c Release --project bench/McodeBench.Bench -- [scenario...] [--tasks N] [--runs K] [--concurrency C] [--hosted] [--log-every-task] [--postgres CONNECTION] [--cache-memory-mb M]
if (args.Length > 0 && args[0] == SimulatorChildMain.Command)
{
    return await SimulatorChildMain.RunAsync(args[1..]);
}

if (args.Length > 0 && args[0] == BrowserChildMain.Command)
{
    return await BrowserChildMain.RunAsync(args[1..]);
}

if (args.Contains("--help") || args.Contains("-h"))
{
    Console.WriteLine("McodeBench.Bench [scenario...] [--tasks N] [--runs K] [--concurrency C] [--hosted] [--log-every-task|--no-log-every-task] [--postgres CONNECTION] [--cache-memory-mb M]");
    foreach (var scenario in ScenarioCatalog.All)
    {
        Console.WriteLine($"  {scenario.Name,-18} {scenario.Summary}");
    }

    return 0;
}

BenchSettings settings;
IReadOnlyList<IBenchScenario> scenarios;
try
{
    settings = BenchSettings.Parse(args);
    scenarios = ScenarioCatalog.Select(settings.Scenarios);
}
catch (ArgumentException error)
{
    Console.Error.WriteLine(error.Message);
    return 2;
}

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};

var machine = MachineInfo.Capture();
var results = new List<ScenarioResult>();
foreach (var scenario in scenarios)
{
    for (var i = 1; i <= settings.Runs; i++)
    {
        Console.WriteLine($"[{DateTime.UtcNow:HH:mm:ss}] {scenario.Name} ({settings.Mode}) {i}/{settings.Runs}: {scenario.Summary}");
        var result = await scenario.RunAsync(settings, cancel.Token);
        results.Add(result);
        Console.WriteLine("    " + string.Join("; ", result.Figures.Select(f => $"{f.Name} {f.Value:0.###} {f.Unit}")));
    }
}

var report = new BenchReport("McodeBench.Bench " + string.Join(' ', args), machine, MachineInfo.ReadLoadAverage(), results);
Console.WriteLine();
Console.WriteLine(ReportWriter.Table(report));
var written = await ReportWriter.WriteAsync(report, RepositoryRoot.Results, cancel.Token);
Console.WriteLine($"Written: {written}.json and .md");
return 0;
