using McodeBench.Core.Diagnostics;
using McodeBench.Core.Gold;

namespace McodeBench.Core.Tests.Gold;

public sealed class BratTypeMapFileTests
{
    [Fact]
    public void A_map_file_maps_named_types_resolves_aliases_and_drops_nulls_on_purpose()
    {
        var (map, problems) = BratTypeMapFile.Read("""{ "Disease": "condition", "Chemo": "drug", "Eq-Comparison": null }""", "map.json");

        Assert.Empty(problems);
        Assert.Equal("map.json", map!.Name);
        Assert.Equal("condition", map.Map("Disease", "x"));
        Assert.Equal("medication", map.Map("Chemo", "x"));
        Assert.Null(map.Map("Eq-Comparison", "x"));
        Assert.True(map.DropsOnPurpose("Eq-Comparison"));
        Assert.Null(map.Map("Other", "x"));
        Assert.False(map.DropsOnPurpose("Other"));
    }

    [Theory]
    [InlineData("""["condition"]""", "$", "a type map is a JSON object")]
    [InlineData("""{ "Disease": "conditon" }""", "$.Disease", "Did you mean \"condition\"")]
    [InlineData("""{ "Disease": 3 }""", "$.Disease", "must be a string or null, found a number")]
    [InlineData("""{ "Disease": null }""", "$", "keeps no type")]
    public void A_bad_map_is_an_error_naming_the_file_and_the_place(string json, string path, string message)
    {
        var (map, problems) = BratTypeMapFile.Read(json, "map.json");

        Assert.Null(map);
        var error = Assert.Single(problems);
        Assert.Equal((DiagnosticSeverity.Error, "map.json", path), (error.Severity, error.File, error.JsonPath));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.NotEmpty(error.Fix);
    }

    [Fact]
    public void Broken_json_is_an_error_with_its_line()
    {
        var (map, problems) = BratTypeMapFile.Read("{\n  \"Disease\": \"condition\",,\n}", "map.json");

        Assert.Null(map);
        Assert.Equal(2, Assert.Single(problems).Line);
    }

    [Fact]
    public async Task Built_in_names_resolve_without_a_file_and_a_missing_file_names_the_built_ins()
    {
        var (lct, none) = await BratTypeMapFile.ResolveAsync("LCT", TestContext.Current.CancellationToken);
        var (missing, problems) = await BratTypeMapFile.ResolveAsync("no-such-map.json", TestContext.Current.CancellationToken);

        Assert.Same(BratTypeMap.Lct, lct);
        Assert.Empty(none);
        Assert.Null(missing);
        Assert.Contains("lct, canonical", Assert.Single(problems).Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void The_canonical_map_keeps_mcodebench_types_and_their_aliases_only()
    {
        Assert.Equal("condition", BratTypeMap.Canonical.Map("condition", "x"));
        Assert.Equal("medication", BratTypeMap.Canonical.Map("Drug", "x"));
        Assert.Equal("performance_status", BratTypeMap.Canonical.Map("performance_status", "x"));
        Assert.Null(BratTypeMap.Canonical.Map("Eq-Comparison", "x"));
    }

    [Fact]
    public void Detection_picks_lct_for_lct_scheme_types_and_the_fallback_otherwise()
    {
        Assert.Same(BratTypeMap.Lct, BratTypeMap.Detect(["Condition", "Condition-Name", "Eq-Comparison"], BratTypeMap.Canonical));
        Assert.Same(BratTypeMap.Lct, BratTypeMap.Detect(["Eq-Value"], BratTypeMap.Identity));
        Assert.Same(BratTypeMap.Canonical, BratTypeMap.Detect(["condition", "medication", "Scope"], BratTypeMap.Canonical));
        Assert.Same(BratTypeMap.Identity, BratTypeMap.Detect([], BratTypeMap.Identity));
    }
}
