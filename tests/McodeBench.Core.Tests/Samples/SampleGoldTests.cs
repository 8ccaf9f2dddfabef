namespace McodeBench.Core.Tests.Samples;

public sealed class SampleGoldTests
{
    private static readonly string[] EntityTypes =
        ["condition", "stage", "tnm", "biomarker", "genomic_variant", "medication", "surgery", "radiotherapy", "performance_status"];

    private static readonly string[] Criteria = ["inclusion", "exclusion", "none"];

    // The order docs/samples.md gives for entity ids.
    private static readonly string[] SectionOrder =
        ["brief_title", "official_title", "conditions", "keywords", "brief_summary", "eligibility"];

    private static readonly string[] RequiredElements =
    [
        "PrimaryCancerCondition", "SecondaryCancerCondition", "CancerStage", "TNMStageGroup", "TNMPrimaryTumorCategory",
        "TNMRegionalNodesCategory", "TNMDistantMetastasesCategory", "TumorMarkerTest", "GenomicVariant",
        "CancerRelatedMedicationRequest", "CancerRelatedSurgicalProcedure", "RadiotherapyCourseSummary",
        "ECOGPerformanceStatus", "KarnofskyPerformanceStatus",
    ];

    [Fact]
    public void Every_sample_trial_parses_and_its_nct_id_matches_its_file_name()
    {
        var trials = SampleTrialFile.LoadAll();

        Assert.True(trials.Count >= 12, $"expected at least 12 sample trials, found {trials.Count}");
        Assert.All(trials, t =>
        {
            Assert.Matches("^NCT\\d{8}$", t.NctId);
            Assert.Equal(Path.GetFileNameWithoutExtension(t.Path), t.NctId);
            Assert.Contains("Inclusion Criteria", t.Sections["eligibility"], StringComparison.OrdinalIgnoreCase);
            Assert.Contains("Exclusion Criteria", t.Sections["eligibility"], StringComparison.OrdinalIgnoreCase);
        });
    }

    [Fact]
    public void Every_trial_has_a_gold_file_in_the_native_format()
    {
        var trials = SampleTrialFile.LoadAll().Select(t => t.NctId).ToHashSet(StringComparer.Ordinal);
        var gold = SampleGoldFile.LoadAll();

        Assert.Equal(trials.Order(StringComparer.Ordinal), gold.Select(g => g.TrialId).Order(StringComparer.Ordinal));
        Assert.All(gold, g =>
        {
            Assert.Equal("mcodebench-gold", g.Format);
            Assert.Equal(1, g.Version);
            Assert.Equal(g.TrialId + ".gold", Path.GetFileNameWithoutExtension(g.Path));
        });
    }

    [Fact]
    public void Every_gold_span_slices_exactly_to_its_text_in_its_own_section()
    {
        var trials = SampleTrialFile.LoadAll().ToDictionary(t => t.NctId, StringComparer.Ordinal);
        foreach (var gold in SampleGoldFile.LoadAll())
        {
            var sections = trials[gold.TrialId].Sections;
            foreach (var entity in gold.Entities)
            {
                Assert.True(sections.ContainsKey(entity.Section), $"{gold.TrialId} {entity.Id}: unknown section {entity.Section}");
                var text = sections[entity.Section];
                Assert.InRange(entity.Start, 0, entity.End);
                Assert.InRange(entity.End, entity.Start, text.Length);
                Assert.Equal(entity.Text, text[entity.Start..entity.End]);
            }
        }
    }

    [Fact]
    public void Gold_ids_are_unique_types_and_criteria_canonical_and_mappings_point_to_entities()
    {
        foreach (var gold in SampleGoldFile.LoadAll())
        {
            var ids = gold.Entities.Select(e => e.Id).ToList();
            Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
            Assert.All(gold.Entities, e =>
            {
                Assert.Contains(e.Type, EntityTypes);
                Assert.Contains(e.Criterion, Criteria);
                Assert.True(e.Section == "eligibility" || e.Criterion == "none", $"{gold.TrialId} {e.Id}: only eligibility text has a criterion");
            });
            Assert.All(gold.Mappings, m => Assert.Contains(m.EntityId, ids));
            Assert.All(gold.Entities, e => Assert.Contains(gold.Mappings, m => m.EntityId == e.Id));
        }
    }

    [Fact]
    public void Entity_ids_follow_section_order_then_position_and_spans_in_a_section_do_not_overlap()
    {
        foreach (var gold in SampleGoldFile.LoadAll())
        {
            var ordered = gold.Entities
                .OrderBy(e => Array.IndexOf(SectionOrder, e.Section))
                .ThenBy(e => e.Start)
                .ThenBy(e => e.End)
                .ToList();
            Assert.Equal(
                Enumerable.Range(1, ordered.Count).Select(i => $"e{i}"),
                ordered.Select(e => e.Id));
            foreach (var (first, second) in ordered.Zip(ordered.Skip(1)))
            {
                Assert.False(
                    first.Section == second.Section && second.Start < first.End,
                    $"{gold.TrialId}: {first.Id} \"{first.Text}\" overlaps {second.Id} \"{second.Text}\"");
            }
        }
    }

    [Fact]
    public void Eligibility_criterion_is_the_last_inclusion_or_exclusion_header_before_the_mention()
    {
        var trials = SampleTrialFile.LoadAll().ToDictionary(t => t.NctId, StringComparer.Ordinal);
        foreach (var gold in SampleGoldFile.LoadAll())
        {
            var text = trials[gold.TrialId].Sections["eligibility"];
            foreach (var entity in gold.Entities.Where(e => e.Section == "eligibility"))
            {
                Assert.True(
                    CriterionBefore(text, entity.Start) == entity.Criterion,
                    $"{gold.TrialId} {entity.Id} \"{entity.Text}\": criterion {entity.Criterion}, headers say {CriterionBefore(text, entity.Start)}");
            }
        }
    }

    [Fact]
    public void Samples_cover_every_entity_type_every_required_element_negation_and_exclusion()
    {
        var gold = SampleGoldFile.LoadAll();
        var types = gold.SelectMany(g => g.Entities).Select(e => e.Type).ToHashSet(StringComparer.Ordinal);
        var elements = gold.SelectMany(g => g.Mappings).Select(m => m.Element).ToHashSet(StringComparer.Ordinal);

        Assert.All(EntityTypes, type => Assert.Contains(type, types));
        Assert.All(RequiredElements, element => Assert.Contains(element, elements));
        Assert.Contains(gold.SelectMany(g => g.Entities), e => e.Negated);
        Assert.Contains(gold.SelectMany(g => g.Entities), e => e.Criterion == "exclusion");
        Assert.Contains(gold.SelectMany(g => g.Entities), e => e.Criterion == "inclusion");
        Assert.Contains(gold.SelectMany(g => g.Mappings), m => m.System == "http://snomed.info/sct");
        Assert.Contains(gold.SelectMany(g => g.Mappings), m => m.System == "http://loinc.org");
        Assert.Contains(gold.SelectMany(g => g.Mappings), m => m.System == "http://www.nlm.nih.gov/research/umls/rxnorm");
    }

    /// <summary>The criterion docs/samples.md derives from headers: the last "[Key] Inclusion/Exclusion Criteria" line at or before the offset.</summary>
    private static string CriterionBefore(string text, int offset)
    {
        var criterion = "none";
        var lineStart = 0;
        foreach (var line in text.Split('\n'))
        {
            if (lineStart > offset)
            {
                break;
            }

            var words = line.Trim().Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            var skip = words.Length > 0 && words[0].Equals("key", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
            if (words.Length >= skip + 2 && words[skip + 1].StartsWith("criteria", StringComparison.OrdinalIgnoreCase))
            {
                if (words[skip].Equals("inclusion", StringComparison.OrdinalIgnoreCase))
                {
                    criterion = "inclusion";
                }
                else if (words[skip].Equals("exclusion", StringComparison.OrdinalIgnoreCase))
                {
                    criterion = "exclusion";
                }
            }

            lineStart += line.Length + 1;
        }

        return criterion;
    }
}
