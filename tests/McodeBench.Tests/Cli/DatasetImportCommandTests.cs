using McodeBench.Tests.Support;

namespace McodeBench.Tests.Cli;

/// <summary><c>mcodebench dataset import</c>: a brat corpus becomes trials and gold that <c>validate</c> and <c>score</c> read.</summary>
public sealed class DatasetImportCommandTests : IDisposable
{
    private readonly CliHarness harness = new();

    public void Dispose() => harness.Dispose();

    [Fact]
    public async Task The_lct_corpus_imports_and_the_workspace_it_makes_validates_with_82_trials()
    {
        var lct = ReferenceData.Require("lct", "docs");

        var import = await harness.RunAsync("dataset", "import", "--brat", lct, "--type-map", "lct", "--name", "lct");
        var validate = await harness.RunAsync("validate", "--trials-path", "lct/trials", "--gold-path", "lct/gold");

        Assert.Equal(0, import.Exit);
        Assert.Contains("Imported 82 document(s)", import.Out, StringComparison.Ordinal);
        Assert.Contains("mapped: 917 (biomarker 14, condition 671, medication 79, performance_status 28, radiotherapy 42, surgery 83)", import.Out, StringComparison.Ordinal);
        Assert.Equal(0, validate.Exit);
        Assert.Contains("82 trials (82 sections); gold for 82 trials: 917 entities", validate.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_type_map_exits_2_and_writes_nothing()
    {
        harness.Write("brat/NCT1.txt", "breast cancer");
        harness.Write("brat/NCT1.ann", "T1\tDisease 0 13\tbreast cancer\n");
        var map = harness.Write("map.json", """{ "Disease": 1 }""");

        var result = await harness.RunAsync("dataset", "import", "--brat", "brat", "--type-map", "map.json", "--name", "mine");

        Assert.Equal(2, result.Exit);
        Assert.Contains(map + "($.Disease)", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(harness.WorkDirectory, "mine")));
    }

    [Fact]
    public async Task A_map_file_import_is_scored_against_itself_perfectly()
    {
        harness.Write("brat/NCT1.txt", "Patients with breast cancer who received trastuzumab.");
        harness.Write("brat/NCT1.ann", "T1\tDisease 14 27\tbreast cancer\nT2\tChemo 41 52\ttrastuzumab\nT3\tDisease 14 27\tbreast cancer\n");
        harness.Write("map.json", """{ "Disease": "condition", "Chemo": "medication" }""");
        harness.Write("pred/NCT1.txt", "Patients with breast cancer who received trastuzumab.");
        harness.Write("pred/NCT1.ann", "T1\tDisease 14 27\tbreast cancer\nT2\tChemo 41 52\ttrastuzumab\n");

        var import = await harness.RunAsync("dataset", "import", "--brat", "brat", "--type-map", "map.json", "--name", "mine", "--output", "ws");
        var score = await harness.RunAsync("score", "--gold", "ws/gold", "--trials", "ws/trials", "--predictions", "pred", "--type-map", "map.json");

        Assert.Equal(0, import.Exit);
        Assert.Contains("duplicates removed: 1", import.Out, StringComparison.Ordinal);
        Assert.Contains("repeats T1", import.Error, StringComparison.Ordinal);
        Assert.Equal(0, score.Exit);
        using var report = System.Text.Json.JsonDocument.Parse(score.Out);
        var strict = report.RootElement.GetProperty("aggregate").GetProperty("all_attempts").GetProperty("entities").GetProperty("strict").GetProperty("micro");
        Assert.Equal((2, 1.0), (strict.GetProperty("cor").GetInt32(), strict.GetProperty("f1").GetDouble()));
    }
}
