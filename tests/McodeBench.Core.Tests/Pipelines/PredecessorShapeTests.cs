using System.Text.RegularExpressions;
using McodeBench.Core.Annotations;
using McodeBench.Core.Library;
using McodeBench.Core.Mcode;
using McodeBench.Core.Pipelines.Parsing;
using McodeBench.Core.Tests.Support;

namespace McodeBench.Core.Tests.Pipelines;

/// <summary>
/// The JSON shapes the predecessor's prompts ask for (v1 nlp_extraction and mcode_mapping, v2 direct_mcode) and its
/// gold-like mapped_elements: users' old prompts produce these, so the parser must read them.
/// </summary>
public sealed partial class PredecessorShapeTests
{
    private static readonly Entity[] InputEntities =
    [
        new("HER2-positive metastatic breast cancer", "condition", Id: "e1"),
        new("ER negative", "biomarker", Id: "e2"),
        new("trastuzumab", "medication", Id: "e3"),
    ];

    [Fact]
    public void Reads_the_v1_extraction_shape()
    {
        // As v1 prompts/txt/nlp_extraction/basic_extraction.txt asks, with its placeholders filled in.
        const string raw = """
            {
                "entities": [
                    {
                        "text": "ER negative",
                        "type": "biomarker",
                        "attributes": { "status": "negative", "value": "", "unit": "", "temporal_context": "current" },
                        "confidence": 0.9,
                        "source_context": { "section": "eligibilityModule", "position": "12-23", "context_sentence": "ER negative tumours" }
                    },
                    {
                        "text": "no prior trastuzumab",
                        "type": "medication",
                        "attributes": { "status": "absent", "negated": true },
                        "confidence": 0.8,
                        "source_context": { "section": "Exclusion Criteria", "position": "40-60", "context_sentence": "no prior trastuzumab" }
                    }
                ],
                "relationships": [ { "source_entity_index": 0, "target_entity_index": 1, "relationship_type": "has_status", "confidence": 0.7 } ],
                "metadata": { "extraction_method": "llm_based", "text_length": 123, "entity_count": 2 }
            }
            """;

        var outcome = ModelOutputParser.Parse(raw, null, new ParseContext(PromptType.Extraction));

        Assert.True(outcome.IsSuccess, outcome.Failure?.Message);
        Assert.Equal(
            [
                new Entity("ER negative", "biomarker", null, Criterion.None, false, "e1"),
                new Entity("no prior trastuzumab", "medication", null, Criterion.Exclusion, true, "e2"),
            ],
            outcome.Prediction.Entities);
        Assert.Empty(outcome.Warnings);
    }

    [Fact]
    public void Reads_the_v1_mapping_shape_linking_source_entity_index_to_the_input_entities()
    {
        // As v1 prompts/txt/mcode_mapping/standard_mapping.txt asks.
        const string raw = """
            {
              "mcode_mappings": [
                { "source_entity_index": 0, "mcode_element": "CancerCondition", "value": "HER2-positive metastatic breast cancer", "confidence": 0.95, "mapping_rationale": "primary diagnosis" },
                { "source_entity_index": 2, "mcode_element": "CancerRelatedMedication", "value": "Trastuzumab", "confidence": 0.9, "mapping_rationale": "HER2-targeted therapy" }
              ],
              "unmapped_entities": [ { "entity_index": 1, "reason": "receptor status only" } ],
              "metadata": { "mapping_method": "llm_based", "total_entities": 3, "mapped_count": 2, "unmapped_count": 1 }
            }
            """;

        var outcome = ModelOutputParser.Parse(raw, null, new ParseContext(PromptType.Mapping, InputEntities));

        Assert.True(outcome.IsSuccess, outcome.Failure?.Message);
        Assert.Equal(
            [
                new Mapping("CancerCondition", "HER2-positive metastatic breast cancer", null, "e1"),
                new Mapping("CancerRelatedMedication", "Trastuzumab", null, "e3"),
            ],
            outcome.Prediction.Mappings);
        Assert.Empty(outcome.Prediction.Entities);
    }

    [Fact]
    public void Reads_the_v2_direct_shape_and_derives_typed_entities_from_source_fragments()
    {
        // As v2 prompts/direct_mcode/direct_mcode_improved.txt asks: fenced, capitalised Mcode_element, code objects.
        const string raw = """
            ```json
            {
              "mcode_mappings": [
                {
                  "resourceType": "Condition",
                  "Mcode_element": "CancerCondition",
                  "code": { "system": "SNOMED CT", "code": "254837009", "display": "Malignant neoplasm of breast" },
                  "value": "HER2-positive metastatic breast cancer",
                  "mapping_confidence": 0.95,
                  "source_text_fragment": "HER2-positive metastatic breast cancer",
                  "mapping_rationale": "primary diagnosis"
                },
                {
                  "resourceType": "MedicationStatement",
                  "Mcode_element": "CancerRelatedMedication",
                  "code": { "system": "RxNorm", "code": "224905", "display": "trastuzumab" },
                  "value": "trastuzumab",
                  "mapping_confidence": 0.9,
                  "source_text_fragment": "trastuzumab",
                  "mapping_rationale": "HER2-targeted therapy"
                },
                {
                  "resourceType": "Observation",
                  "Mcode_element": "CancerDiseaseStatus",
                  "code": { "system": "LOINC", "code": "97509-4", "display": "Cancer disease status" },
                  "value": "measurable disease",
                  "mapping_confidence": 0.6,
                  "source_text_fragment": "measurable disease",
                  "mapping_rationale": "disease status"
                }
              ],
              "metadata": { "extraction_method": "llm_based", "text_length": 123, "resource_count": 3 }
            }
            ```
            """;

        var outcome = ModelOutputParser.Parse(raw, null, new ParseContext(PromptType.Direct, DeriveEntitiesFromMappings: true));

        Assert.True(outcome.IsSuccess, outcome.Failure?.Message);
        Assert.Equal(
            [new Entity("HER2-positive metastatic breast cancer", "condition", Id: "e1"), new Entity("trastuzumab", "medication", Id: "e2")],
            outcome.Prediction.Entities);
        Assert.Equal(
            [
                new Mapping("CancerCondition", "HER2-positive metastatic breast cancer", new CodeRef(CodeSystems.Snomed, "254837009", "Malignant neoplasm of breast"), "e1"),
                new Mapping("CancerRelatedMedication", "trastuzumab", new CodeRef(CodeSystems.RxNorm, "224905", "trastuzumab"), "e2"),
                new Mapping("CancerDiseaseStatus", "measurable disease", new CodeRef(CodeSystems.Loinc, "97509-4", "Cancer disease status")),
            ],
            outcome.Prediction.Mappings);
        Assert.Contains("No entity derived for mappings whose element implies no entity type: CancerDiseaseStatus.", outcome.Warnings);
    }

    [Fact]
    public void Reads_the_gold_like_mapped_elements_shape()
    {
        // As v1 tests/data/gold_standard/multi_cancer.json writes expected_mcode_mappings.
        const string raw = """
            {"mapped_elements": [
              {"text": "FOLFIRINOX", "mcode_type": "CancerRelatedMedicationAdministration", "confidence": 0.9},
              {"text": "metastatic pancreatic adenocarcinoma", "mcode_type": "CancerCondition", "confidence": 0.95}
            ]}
            """;

        var outcome = ModelOutputParser.Parse(raw, null, new ParseContext(PromptType.Direct, DeriveEntitiesFromMappings: true));

        Assert.True(outcome.IsSuccess, outcome.Failure?.Message);
        Assert.Equal(
            [
                new Mapping("CancerRelatedMedicationAdministration", "FOLFIRINOX", null, "e1"),
                new Mapping("CancerCondition", "metastatic pancreatic adenocarcinoma", null, "e2"),
            ],
            outcome.Prediction.Mappings);
        Assert.Equal(["medication", "condition"], outcome.Prediction.Entities.Select(e => e.Type));
    }

    [Theory]
    [InlineData("v1/prompts/txt/nlp_extraction", PromptType.Extraction)]
    [InlineData("v1/prompts/txt/mcode_mapping", PromptType.Mapping)]
    [InlineData("v2/prompts/direct_mcode", PromptType.Direct)]
    public void Reads_the_example_json_of_every_predecessor_template(string folder, PromptType type)
    {
        var directory = RepositoryPaths.RequireReference("predecessor", folder);
        var parsed = 0;
        foreach (var file in Directory.GetFiles(directory, "*.txt").Order(StringComparer.Ordinal))
        {
            var template = File.ReadAllText(file);
            if (!template.Contains("\"entities\"", StringComparison.Ordinal) && !template.Contains("\"mcode_mappings\"", StringComparison.Ordinal))
            {
                continue; // e.g. minimal_extraction_optimization.txt describes the JSON in words only.
            }

            // What a model that copies the template's example answers: Python's doubled braces read as single ones,
            // and the "0.0-1.0" range placeholders as numbers.
            var answer = ConfidenceRange().Replace(template.Replace("{{", "{", StringComparison.Ordinal).Replace("}}", "}", StringComparison.Ordinal), "0.5");

            var outcome = ModelOutputParser.Parse(answer, null, new ParseContext(type, type == PromptType.Mapping ? InputEntities : null, type == PromptType.Direct));

            Assert.True(outcome.IsSuccess, $"{Path.GetFileName(file)}: {outcome.Failure?.Message}");
            if (type == PromptType.Extraction)
            {
                Assert.Equal("exact text mention", Assert.Single(outcome.Prediction.Entities).Text);
            }
            else
            {
                var mapping = Assert.Single(outcome.Prediction.Mappings);
                Assert.Contains($"lement\": \"{mapping.Element}\"", answer, StringComparison.Ordinal);
                if (type == PromptType.Mapping)
                {
                    Assert.Equal("e1", mapping.EntityId);
                }
            }

            parsed++;
        }

        Assert.True(parsed >= 5, $"Only {parsed} templates with example JSON found in {directory}.");
    }

    [GeneratedRegex(@"0\.0-1\.0")]
    private static partial Regex ConfidenceRange();
}
