using McodeBench.Core.Annotations;
using McodeBench.Core.Library;
using McodeBench.Core.Pipelines;
using McodeBench.Core.Pipelines.Parsing;

namespace McodeBench.Core.Tests.Pipelines;

public sealed class CanonicalEntitiesJsonTests
{
    [Fact]
    public void Writes_one_entity_per_line_in_the_documented_shape()
    {
        var json = CanonicalEntitiesJson.Write(
        [
            new Entity("Age ≥ 18 \"years\"", "demographic", null, Criterion.Inclusion, false, "e1"),
            new Entity("brain metastases", "condition", null, Criterion.Exclusion, true, "e2"),
        ]);

        Assert.Equal(
            """
            [
              {"id":"e1","text":"Age ≥ 18 \"years\"","type":"demographic","criterion":"inclusion","negated":false},
              {"id":"e2","text":"brain metastases","type":"condition","criterion":"exclusion","negated":true}
            ]
            """.ReplaceLineEndings("\n"),
            json);
    }

    [Fact]
    public void Reads_back_through_the_parser_unchanged()
    {
        Entity[] entities =
        [
            new("HER2-positive", "biomarker", null, Criterion.Inclusion, false, "e1"),
            new("prior anthracycline", "medication", null, Criterion.Exclusion, true, "e2"),
            new("ECOG 0-1", "performance_status", null, Criterion.None, false, "e3"),
        ];

        var outcome = ModelOutputParser.Parse(CanonicalEntitiesJson.Write(entities), null, new ParseContext(PromptType.Extraction));

        Assert.True(outcome.IsSuccess);
        Assert.Equal(entities, outcome.Prediction.Entities);
    }

    [Fact]
    public void Writes_an_empty_list_as_an_empty_array()
    {
        Assert.Equal("[]", CanonicalEntitiesJson.Write([]));
    }
}
