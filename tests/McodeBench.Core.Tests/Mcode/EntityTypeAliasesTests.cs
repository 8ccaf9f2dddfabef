using System.Text;
using McodeBench.Core.Mcode;

namespace McodeBench.Core.Tests.Mcode;

public sealed class EntityTypeAliasesTests
{
    [Fact]
    public void Canonical_types_are_those_of_the_model_output_contract()
    {
        Assert.Equal(
            ["condition", "stage", "tnm", "biomarker", "genomic_variant", "medication", "surgery", "radiotherapy", "performance_status"],
            EntityTypeAliases.CanonicalTypes);
    }

    [Theory]
    [InlineData("drug", "medication")]
    [InlineData("Drug", "medication")]
    [InlineData("treatment", "medication")]
    [InlineData("Drug-Name", "medication")]
    [InlineData("tumor_marker", "biomarker")]
    [InlineData("Tumor Marker", "biomarker")]
    [InlineData("tumor-marker", "biomarker")]
    [InlineData("mutation", "genomic_variant")]
    [InlineData("GenomicVariant", "genomic_variant")]
    [InlineData("Condition", "condition")]
    [InlineData("Condition-Name", "condition")]
    [InlineData("PrimaryCancerCondition", "condition")]
    [InlineData("Procedure", "surgery")]
    [InlineData("procedure", "surgery")]
    [InlineData("radiation therapy", "radiotherapy")]
    [InlineData("ECOG", "performance_status")]
    [InlineData("tnm_category", "tnm")]
    [InlineData("cancer stage", "stage")]
    [InlineData("  MEDICATION ", "medication")]
    public void Spellings_resolve_to_the_canonical_type(string type, string expected)
    {
        Assert.Equal(expected, EntityTypeAliases.Resolve(type));
        Assert.True(EntityTypeAliases.IsKnown(type));
    }

    [Theory]
    [InlineData("Observation", "observation")]
    [InlineData("demographic", "demographic")]
    [InlineData("Eq-Comparison", "eq_comparison")]
    [InlineData("Life Stage And Gender", "life_stage_and_gender")]
    [InlineData("HER2Status", "her2_status")]
    [InlineData("lab__value--x", "lab_value_x")]
    public void Unknown_types_pass_through_in_lower_snake_case(string type, string expected)
    {
        Assert.Equal(expected, EntityTypeAliases.Resolve(type));
        Assert.False(EntityTypeAliases.IsKnown(type));
    }

    [Fact]
    public void Every_alias_of_the_file_resolves_to_its_canonical_type()
    {
        Assert.NotEmpty(EntityTypeAliases.Table.Aliases);
        Assert.All(EntityTypeAliases.Table.Aliases, pair => Assert.Equal(pair.Value, EntityTypeAliases.Resolve(pair.Key)));
    }

    [Fact]
    public void A_spelling_claimed_by_two_types_is_an_error_naming_both_places()
    {
        const string json = """
            {
              "format": "mcodebench.entity-type-aliases/1",
              "canonical_types": [
                { "type": "medication", "aliases": ["drug"] },
                { "type": "surgery", "aliases": ["Drug"] }
              ]
            }
            """;

        var error = Assert.Throws<InvalidDataException>(() => EntityTypeAliasTable.Load(new MemoryStream(Encoding.UTF8.GetBytes(json)), "aliases.json"));

        Assert.Contains("aliases.json", error.Message, StringComparison.Ordinal);
        Assert.Contains("$.canonical_types[1].aliases[0]", error.Message, StringComparison.Ordinal);
        Assert.Contains("$.canonical_types[0].aliases[0]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Canonical_types_must_be_lower_snake_case()
    {
        const string json = """{ "format": "mcodebench.entity-type-aliases/1", "canonical_types": [ { "type": "Genomic Variant", "aliases": [] } ] }""";

        var error = Assert.Throws<InvalidDataException>(() => EntityTypeAliasTable.Load(new MemoryStream(Encoding.UTF8.GetBytes(json)), "a.json"));

        Assert.Contains("$.canonical_types[0].type", error.Message, StringComparison.Ordinal);
        Assert.Contains("genomic_variant", error.Message, StringComparison.Ordinal);
    }
}
