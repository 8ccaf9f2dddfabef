using System.Globalization;
using System.Text;
using System.Text.Json;

namespace McodeBench.Bench.Reporting;

/// <summary>
/// Prints the figures as a table (median over repeated executions of a scenario, every value listed) and writes the
/// full report (every execution, every sample) as JSON and the table as Markdown under bench/results/.
/// </summary>
internal static class ReportWriter
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };

    public static string Table(BenchReport report)
    {
        var text = new StringBuilder();
        var machine = report.Machine;
        text.AppendLine(CultureInfo.InvariantCulture, $"Machine: {machine.ProcessorCount} cores, {machine.TotalMemoryBytes / (1024 * 1024)} MiB, {machine.Runtime}, {machine.Os}, GC {machine.Gc}; {machine.TimeUtc:yyyy-MM-dd HH:mm} UTC; load average {machine.LoadAverage} at start, {report.LoadAverageAtEnd} at end.");
        text.AppendLine();
        foreach (var group in report.Results.GroupBy(r => (r.Scenario, r.Mode)))
        {
            var runs = group.ToList();
            text.AppendLine(CultureInfo.InvariantCulture, $"### {group.Key.Scenario} ({group.Key.Mode}, {runs.Count} execution{(runs.Count == 1 ? string.Empty : "s")})");
            text.AppendLine();
            text.AppendLine(runs[0].Setup);
            text.AppendLine();
            text.AppendLine("| figure | median | values | target | met |");
            text.AppendLine("|---|---|---|---|---|");
            foreach (var name in runs[0].Figures.Select(f => f.Name))
            {
                var figures = runs.Select(r => r.Figures.FirstOrDefault(f => f.Name == name)).OfType<Figure>().ToList();
                var median = Median(figures.Select(f => f.Value).ToList());
                var first = figures[0];
                var summary = first with { Value = median };
                var target = first.Target is { } t ? (first.HigherIsBetter ? "≥ " : "≤ ") + Number(t) + " " + first.Unit : string.Empty;
                var met = summary.Met switch { true => "yes", false => "**no**", null => string.Empty };
                text.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {Number(median)} {first.Unit} | {string.Join(" / ", figures.Select(f => Number(f.Value)))} | {target} | {met} |");
            }

            foreach (var note in runs.SelectMany(r => r.Notes).Distinct(StringComparer.Ordinal))
            {
                text.AppendLine();
                text.AppendLine("- " + note);
            }

            text.AppendLine();
        }

        return text.ToString();
    }

    public static async Task<string> WriteAsync(BenchReport report, string folder, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        var scenarios = string.Join('-', report.Results.Select(r => r.Scenario + (r.Mode == "direct" ? string.Empty : "." + r.Mode)).Distinct(StringComparer.Ordinal));
        var stem = Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"{report.Machine.TimeUtc:yyyyMMdd-HHmmss}-{scenarios}"));
        await File.WriteAllTextAsync(stem + ".json", JsonSerializer.Serialize(report, Json), cancellationToken);
        await File.WriteAllTextAsync(stem + ".md", $"# Bench results\n\nCommand: `{report.CommandLine}`\n\n{Table(report)}", cancellationToken);
        return stem;
    }

    public static double Median(IReadOnlyList<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static string Number(double value) => Math.Abs(value) switch
    {
        >= 100 => value.ToString("#,0", CultureInfo.InvariantCulture),
        >= 10 => value.ToString("0.0", CultureInfo.InvariantCulture),
        _ => value.ToString("0.###", CultureInfo.InvariantCulture),
    };
}
