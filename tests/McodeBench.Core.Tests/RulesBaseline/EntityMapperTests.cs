using McodeBench.Core.Models.RulesBaseline;

namespace McodeBench.Core.Tests.RulesBaseline;

public sealed class EntityMapperTests
{
    private static readonly EntityMapper Mapper = new(new RulesExtractor());

    [Fact]
    public void Entities_are_read_from_an_array_or_an_object_and_bad_json_gives_none()
    {
        Assert.Equal(2, EntityMapper.ParseEntities("""[{"id":"e1","text":"a","type":"drug"},{"text":"b"}]""").Count);
        Assert.Equal("7", Assert.Single(EntityMapper.ParseEntities("""{"entities":[{"id":7,"text":"a"}]}""")).Id);
        Assert.Empty(EntityMapper.ParseEntities("not json"));
        Assert.Empty(EntityMapper.ParseEntities("""{"other":1}"""));
    }

    [Theory]
    [InlineData("drug", "medication")]
    [InlineData("Tumor Marker", "biomarker")]
    [InlineData("mutation", "genomic_variant")]
    [InlineData("condition", "condition")]
    public void Type_aliases_resolve_to_canonical_types(string type, string expected) =>
        Assert.Equal(expected, EntityMapper.CanonicalType(type));

    [Fact]
    public void A_tnm_entity_without_context_falls_back_to_the_element_of_its_letter()
    {
        var mapping = Assert.Single(Mapper.Map([new GivenEntity("x", "N2", "tnm")]));

        Assert.Equal("TNMRegionalNodesCategory", mapping.Element);
        Assert.Equal("N2", mapping.Value);
        Assert.Null(mapping.Code);
    }

    [Fact]
    public void A_recognised_entity_keeps_its_id_and_source_text()
    {
        var mappings = Mapper.Map([new GivenEntity("m9", "metastatic breast cancer", "condition")]);

        Assert.Equal(["PrimaryCancerCondition", "SecondaryCancerCondition"], mappings.Select(m => m.Element));
        Assert.All(mappings, m => Assert.Equal(("m9", "metastatic breast cancer"), (m.EntityId, m.SourceText)));
    }
}
