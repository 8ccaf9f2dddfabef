using McodeBench.Core.Annotations;

namespace McodeBench.Core.Mcode;

/// <summary>
/// Checks predicted mappings against mCODE STU4 as SCORING.md defines: each mapping gets every check that applies
/// (see <see cref="ComplianceCheck"/>); compliance is the share of mappings passing all of theirs.
/// </summary>
public sealed class ComplianceChecker(McodeVocabulary vocabulary)
{
    private readonly McodeVocabulary vocabulary = vocabulary ?? throw new ArgumentNullException(nameof(vocabulary));

    public MappingCompliance Check(Mapping mapping)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        var element = vocabulary.ResolveElement(mapping.Element);
        var coded = mapping.Code is { Code: var code } && !string.IsNullOrWhiteSpace(code);
        var results = new List<ComplianceCheckResult>
        {
            new(ComplianceCheck.ElementResolves, element is not null),
            new(ComplianceCheck.ValueOrCodePresent, coded || TextNormalizer.Normalize(mapping.Value).Length > 0),
        };

        // The binding checks need a resolved element and a code; without them they do not apply (the two checks
        // above already fail for a missing element or a missing value and code).
        if (element is not null && coded)
        {
            var system = CodeSystems.Canonicalize(mapping.Code!.System);
            if (element.ExpectedSystems.Count > 0)
            {
                var expected = element.ExpectedSystems.Any(s => string.Equals(CodeSystems.Canonicalize(s), system, StringComparison.Ordinal));
                results.Add(new ComplianceCheckResult(ComplianceCheck.CodeSystemExpected, expected));
            }

            // Membership is decided only where the reference lists every member in the code's own system: the SNOMED CT
            // part of e.g. the primary cancer disorders is a rule (descendants of a concept), so a valid SNOMED code
            // absent from the listed ICD-10-CM codes must not fail. The profile's own fixed code (e.g. radiotherapy
            // course 1217123003) names the element itself and is accepted as a member.
            var enumerated = element.ValueSetIds.Where(valueSet => vocabulary.IsEnumeratedFor(valueSet, system)).ToList();
            if (enumerated.Count > 0)
            {
                var isFixedCode = element.FixedCode is { } fixedCode
                    && string.Equals(CodeSystems.Canonicalize(fixedCode.System), system, StringComparison.Ordinal)
                    && string.Equals(fixedCode.Code, mapping.Code.Code.Trim(), StringComparison.Ordinal);
                var member = isFixedCode || enumerated.Any(valueSet => vocabulary.Contains(valueSet, mapping.Code));
                results.Add(new ComplianceCheckResult(ComplianceCheck.CodeInValueSet, member));
            }
        }

        return new MappingCompliance(mapping, results);
    }

    public ComplianceSummary Summarize(IEnumerable<Mapping> mappings)
    {
        ArgumentNullException.ThrowIfNull(mappings);
        var checkedMappings = mappings.Select(Check).ToList();
        var failures = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var check in ComplianceCheckNames.All)
        {
            failures[check.ToWireName()] = checkedMappings.Count(m => m.Failed.Contains(check));
        }

        return new ComplianceSummary(checkedMappings.Count, checkedMappings.Count(m => m.Passed), failures);
    }
}
