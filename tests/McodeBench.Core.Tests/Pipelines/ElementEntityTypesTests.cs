using McodeBench.Core.Pipelines.Parsing;

namespace McodeBench.Core.Tests.Pipelines;

public sealed class ElementEntityTypesTests
{
    [Theory]
    [InlineData("PrimaryCancerCondition", "condition")]
    [InlineData("SecondaryCancerCondition", "condition")]
    [InlineData("CancerCondition", "condition")]
    [InlineData("CancerStage", "stage")]
    [InlineData("TNMStageGroup", "stage")]
    [InlineData("TNMClinicalStageGroup", "stage")]
    [InlineData("TNMPrimaryTumorCategory", "tnm")]
    [InlineData("TNMRegionalNodesCategory", "tnm")]
    [InlineData("TNMDistantMetastasesCategory", "tnm")]
    [InlineData("TNMClinicalPrimaryTumorCategory", "tnm")]
    [InlineData("TumorMarkerTest", "biomarker")]
    [InlineData("TumorMarker", "biomarker")]
    [InlineData("GenomicVariant", "genomic_variant")]
    [InlineData("CancerRelatedMedicationRequest", "medication")]
    [InlineData("CancerRelatedMedicationAdministration", "medication")]
    [InlineData("CancerRelatedMedication", "medication")]
    [InlineData("CancerRelatedSurgicalProcedure", "surgery")]
    [InlineData("CancerRelatedProcedure", "surgery")]
    [InlineData("RadiotherapyCourseSummary", "radiotherapy")]
    [InlineData("ECOGPerformanceStatus", "performance_status")]
    [InlineData("KarnofskyPerformanceStatus", "performance_status")]
    [InlineData("mcode-tumor-marker-test", "biomarker")]
    public void Maps_element_names_to_the_entity_type_they_imply(string element, string type)
    {
        Assert.Equal(type, ElementEntityTypes.ImpliedBy(element));
    }

    [Theory]
    [InlineData("CancerDiseaseStatus")]
    [InlineData("Observation")]
    [InlineData("Patient")]
    [InlineData("mCODE element name")]
    public void Elements_that_name_no_mention_imply_no_type(string element)
    {
        Assert.Null(ElementEntityTypes.ImpliedBy(element));
    }
}
