#!/usr/bin/env python3
"""Generate McodeBench's own mCODE STU4 vocabulary file from the mCODE IG reference inventory.

Usage:
    python3 scripts/generate_mcode_vocabulary.py [--reference DIR] [--out FILE] [--predecessor DIR]

    --reference    folder holding the mCODE IG inventory (default: ../shared/reference/mcode-ig beside the repository)
    --out          file to write (default: src/McodeBench.Core/Mcode/Data/mcode-stu4-vocabulary.json)
    --predecessor  folder of the Python predecessor's files (default: <reference>/../predecessor); used only to check
                   that every element name its prompts and gold files use resolves. It never changes the output.

Inputs (read the README.txt of the folder for their origin):
    mcode_stu4_v4.0.0_profiles_valuesets.json    profiles, bindings, fixed codes, value sets with rules and codes
    mcode_stu4_v4.0.0_valueset_enumerated_codes.csv  cross-check: the same enumerations, flat
    mcode_stu3_v3.0.0_profiles_valuesets.json    to find the STU3 profiles STU4 removed (they become aliases)
    mcode_stu4_example_instances_codes.json      the IG's example instances: a check that their value codes use the
                                                 systems this file expects, and example codes per element

The output is deterministic: the same inputs always give the same bytes (sorted lists, no timestamps).
Python 3 standard library only.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from pathlib import Path

FORMAT = "mcodebench.mcode-vocabulary/1"
STU4_JSON = "mcode_stu4_v4.0.0_profiles_valuesets.json"
STU4_CODES_CSV = "mcode_stu4_v4.0.0_valueset_enumerated_codes.csv"
STU4_VALUESETS_CSV = "mcode_stu4_v4.0.0_valuesets.csv"
STU3_JSON = "mcode_stu3_v3.0.0_profiles_valuesets.json"
EXAMPLES_JSON = "mcode_stu4_example_instances_codes.json"

SNOMED = "http://snomed.info/sct"
LOINC = "http://loinc.org"
ICD10CM = "http://hl7.org/fhir/sid/icd-10-cm"
RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm"
NCIT = "http://ncicb.nci.nih.gov/xml/owl/EVS/Thesaurus.owl"
HGNC = "http://www.genenames.org"
HGVS = "http://varnomen.hgvs.org"
UCUM = "http://unitsofmeasure.org"
NULL_FLAVOR = "http://terminology.hl7.org/CodeSystem/v3-NullFlavor"

# Canonical URIs as in src/McodeBench.Core/Mcode/CodeSystems.cs (keep in sync): IG spellings map onto these.
CANONICAL_SYSTEMS = {
    SNOMED: SNOMED,
    LOINC: LOINC,
    ICD10CM: ICD10CM,
    RXNORM: RXNORM,
    NCIT: NCIT,
    "http://ncithesaurus.nci.nih.gov": NCIT,
    HGNC: HGNC,
    HGVS: HGVS,
}

# NullFlavor "UNC" (un-encoded) is a member of some value sets, but it is not a terminology a value is coded in.
NOT_VALUE_SYSTEMS = {NULL_FLAVOR}

# ======================================================================================================================
# HAND-DECIDED MAPPINGS. Everything below this line up to "END OF HAND-DECIDED MAPPINGS" is a decision the IG inventory
# does not make by itself. docs/mcode-vocabulary.md repeats this table; change both together.
# ======================================================================================================================

# Profiles that are containers, not data elements a trial mentions: left out of the vocabulary.
EXCLUDED_PROFILES = {
    "MCODEPatientBundle": "a Bundle of a patient's resources, not a data element",
    "MCODEPatientGroup": "a Group of patients, not a data element",
}

# Which of a profile's bindings is its VALUE (what a mapping's code is checked against).
# Generic rule when an element is not listed: the value[x] bindings; else the `code` binding when the profile does not
# fix `code`; else the `interpretation` binding (performance-status scores); else none (unconstrained).
# Each entry: (binding paths of the profile to use, reason).
VALUE_BINDING_PATHS = {
    "HumanSpecimen": (["type"], "a specimen is identified by its type; the profile binds nothing else"),
    "Tumor": (["morphology"], "a tumor is what it is by its morphology; location is a separate attribute"),
    "RadiotherapyVolume": (["location"], "a volume is described by the treated body location"),
    "TumorSize": (["component[tumorLongestDimension].valueQuantity"],
                  "the value is a size quantity; its unit binding (UCUM cm/mm) is the only coded part"),
    "CancerRelatedMedicationAdministration": (["medication[x]"],
                                              "the medication is the value; its binding is a VSAC value set (below)"),
}

# Values bound outside the profile's own bindings. Each entry: dict(value_sets=[ids or canonical URLs],
# systems=[canonical URIs added to those of the value sets], reason). IG value-set NAMES are resolved to ids.
EXTRA_VALUE_BINDINGS = {
    "CancerRelatedMedicationRequest": dict(
        value_sets=["http://cts.nlm.nih.gov/fhir/ValueSet/2.16.840.1.113762.1.4.1010.4"], systems=[RXNORM],
        reason="medication[x] is bound by US Core MedicationRequest (VSAC Medication Clinical Drug, RxNorm), not by mCODE"),
    "GenomicVariant": dict(
        value_sets=[], systems=[HGNC, HGVS],
        reason="the variant is identified by gene studied (HGNC) and HGVS expressions (components of the Genomics "
               "Reporting Variant profile); mCODE binds no value set"),
    "RadiotherapyCourseSummary": dict(
        value_sets=["RadiotherapyModalityVS", "RadiotherapyTechniqueVS"], systems=[SNOMED],
        reason="code is fixed (SNOMED 1217123003); what varies is modality and technique, bound on the "
               "RadiotherapyModalityAndTechnique extension (SNOMED CT)"),
    "TNMCategory": dict(
        value_sets=["TNMPrimaryTumorCategoryVS", "TNMRegionalNodesCategoryVS", "TNMDistantMetastasesCategoryVS"],
        systems=[],
        reason="abstract parent of the T, N and M categories: its value is any of theirs (SNOMED CT AJCC concepts)"),
}

# Systems of value sets defined outside the IG (bound by canonical URL). Each entry: (systems, reason).
# ECOG and Karnofsky: the profile fixes `code`, so by the generic rule the value is the `interpretation` binding, the
# LOINC answer list whose LA codes are the scores (e.g. LA9622-7 = ECOG 0).
EXTERNAL_VALUE_SETS = {
    "http://loinc.org/vs/LL529-9": ([LOINC], "LOINC answer list for ECOG; its answers are not enumerated here"),
    "http://loinc.org/vs/LL4986-7": ([LOINC], "LOINC answer list for Karnofsky; its answers are not enumerated here"),
    "http://cts.nlm.nih.gov/fhir/ValueSet/2.16.840.1.113762.1.4.1010.4": (
        [RXNORM], "VSAC Medication Clinical Drug (RxNorm); not enumerated here"),
}

# Element families used by lenient mapping scores. Elements not listed are their own family.
FAMILIES = {
    "CancerRelatedMedicationRequest": "CancerRelatedMedication",
    "CancerRelatedMedicationAdministration": "CancerRelatedMedication",
    "TNMPrimaryTumorCategory": "TNMCategory",
    "TNMRegionalNodesCategory": "TNMCategory",
    "TNMDistantMetastasesCategory": "TNMCategory",
    "TNMCategory": "TNMCategory",
    "CancerStage": "CancerStage",
    "TNMStageGroup": "CancerStage",
    "LymphomaStage": "CancerStage",
    "PrimaryCancerCondition": "CancerCondition",
    "SecondaryCancerCondition": "CancerCondition",
    "HistoryOfMetastaticCancer": "CancerCondition",
}

# Older mCODE names (STU1-STU3) and informal short forms -> the STU4 element. Each entry: alias -> (element, reason).
HISTORICAL_ALIASES = {
    "CancerCondition": ("PrimaryCancerCondition", "informal/pre-STU1 name of the cancer diagnosis; primary by default"),
    "TumorMarker": ("TumorMarkerTest", "STU1 name"),
    "CancerGeneticVariant": ("GenomicVariant", "STU1 name"),
    "CancerGenomicsReport": ("GenomicsReport", "STU1 name"),
    "GeneticSpecimen": ("HumanSpecimen", "STU1 name; STU2 generalised it to HumanSpecimen"),
    "CancerRelatedRadiationProcedure": ("RadiotherapyCourseSummary", "STU1 name; STU2 replaced it"),
    "CancerRelatedMedicationStatement": ("CancerRelatedMedicationAdministration",
                                         "STU1/STU2 name; STU3 replaced MedicationStatement by MedicationAdministration"),
    "CancerRelatedComorbidities": ("Comorbidities", "STU2 name"),
    "TNMClinicalStageGroup": ("TNMStageGroup", "STU1/STU2 name; STU3 merged clinical and pathological"),
    "TNMPathologicalStageGroup": ("TNMStageGroup", "STU1/STU2 name; STU3 merged clinical and pathological"),
    "TNMClinicalPrimaryTumorCategory": ("TNMPrimaryTumorCategory", "STU1/STU2 name"),
    "TNMPathologicalPrimaryTumorCategory": ("TNMPrimaryTumorCategory", "STU1/STU2 name"),
    "TNMClinicalRegionalNodesCategory": ("TNMRegionalNodesCategory", "STU1/STU2 name"),
    "TNMPathologicalRegionalNodesCategory": ("TNMRegionalNodesCategory", "STU1/STU2 name"),
    "TNMClinicalDistantMetastasesCategory": ("TNMDistantMetastasesCategory", "STU1/STU2 name"),
    "TNMPathologicalDistantMetastasesCategory": ("TNMDistantMetastasesCategory", "STU1/STU2 name"),
    "ECOG": ("ECOGPerformanceStatus", "short form"),
    "ECOGPS": ("ECOGPerformanceStatus", "short form"),
    "ECOGPerformance": ("ECOGPerformanceStatus", "short form"),
    "Karnofsky": ("KarnofskyPerformanceStatus", "short form"),
    "KPS": ("KarnofskyPerformanceStatus", "short form"),
    "KarnofskyPerformance": ("KarnofskyPerformanceStatus", "short form"),
    "Lansky": ("LanskyPlayPerformanceStatus", "short form"),
}

# STU3 profiles that STU4 removed and whose STU3 parent was one of these elements: they alias to it. STU4 expresses
# those stages with CancerStage plus a staging method (README of the reference folder).
REMOVED_STU3_PROFILE_TARGETS = {"CancerStage": "CancerStage"}

# Names the Python predecessor's prompts and gold files use (mcode_element / mcode_type / Mcode_element) that are not
# STU4 names or historical aliases. Each entry: alias -> (element, where seen, reason).
PREDECESSOR_ALIASES = {
    "CancerRelatedMedication": ("CancerRelatedMedicationAdministration",
                                "v1 gold breast_cancer_her2_positive, v1/v2 mapping prompts",
                                "family name used as an element; trials describe given or prior treatment"),
    "CancerRelatedProcedure": ("CancerRelatedSurgicalProcedure", "v1/v2 prompts",
                               "the prompts define it as 'surgical procedures, biopsies'"),
    "Radiotherapy": ("RadiotherapyCourseSummary", "v1 gold multi_cancer", "the only radiotherapy data element"),
    "TNMStage": ("TNMStageGroup", "v2 direct_mcode_evidence_based_concise", "TNM stage = stage group"),
    "CancerTreatment": ("CancerRelatedMedicationAdministration", "v2 direct_mcode_evidence_based_concise",
                        "the predecessor's 'treatment' entities are medications (its gold files)"),
}

# Names the predecessor uses that are deliberately NOT aliases: they are not mCODE elements, so the scorer must see
# them as unknown elements rather than guess one.
PREDECESSOR_NON_ELEMENTS = {
    "Observation": "a FHIR resource type (v1 gold: 'Adequate organ function'), not an mCODE profile",
    "MedicationStatement": "a FHIR resource type the v1 mapping prompts list as a 'resource type to map to'",
}

# ======================================================================================================================
# END OF HAND-DECIDED MAPPINGS
# ======================================================================================================================

# Bindings the inventory parser produced from FSH prose ("... from the ...", "... largest ..."), not real bindings.
def is_real_binding(value_set: str, value_sets_by_name: dict) -> bool:
    return value_set in value_sets_by_name or "://" in value_set


def canonical_system(uri: str) -> str:
    return CANONICAL_SYSTEMS.get(uri.strip(), uri.strip())


def name_key(name: str) -> str:
    """The same key McodeVocabulary.NameKey uses: letters and digits, lower case."""
    return "".join(ch.lower() for ch in name if ch.isalnum())


class GenerationError(Exception):
    pass


INCLUDE_SYSTEM = re.compile(r"^include codes from system (?P<system>\S+)")
INCLUDE_VALUESET = re.compile(r"^include codes from valueset (?P<vs>\S+)\s*$")
EXCLUDE_SYSTEM = re.compile(r"^exclude codes from system \S+")
EXCLUDE_VALUESET = re.compile(r"^exclude codes from valueset (?P<vs>\S+)\s*$")
EXCLUDE_CODE = re.compile(r"^exclude (?P<system>[a-z]+://[^#\s]+)#(?P<code>\S+)\s*$")


class ValueSetExpander:
    """Flattens 'include codes from valueset X' unions into enumerated codes plus the systems left open by rules."""

    def __init__(self, value_sets: list, code_systems: list):
        self.by_name = {vs["name"]: vs for vs in value_sets}
        self.by_id = {vs["id"]: vs for vs in value_sets}
        self.code_system_urls = {cs["name"]: "http://hl7.org/fhir/us/mcode/CodeSystem/" + cs["id"] for cs in code_systems}
        self.cache = {}

    def lookup(self, ref: str):
        vs = self.by_name.get(ref) or self.by_id.get(ref)
        if vs is None:
            raise GenerationError(f"value set {ref!r} is referenced but not defined in {STU4_JSON}")
        return vs

    def expand(self, ref: str, stack: tuple = ()) -> tuple:
        """(codes: {(system, code): display}, open_systems: set) for a value set name or id."""
        vs = self.lookup(ref)
        if vs["name"] in stack:
            raise GenerationError(f"value set {vs['name']} includes itself via {' -> '.join(stack)}")
        if vs["name"] in self.cache:
            return self.cache[vs["name"]]
        codes = {}
        open_systems = set()
        for code in vs["enumerated_codes"]:
            codes[(canonical_system(code["system"]), code["code"].strip())] = code.get("display")
        for rule in vs["include_rules"]:
            if m := INCLUDE_VALUESET.match(rule):
                sub_codes, sub_open = self.expand(m["vs"], stack + (vs["name"],))
                for key, display in sub_codes.items():
                    codes.setdefault(key, display)
                open_systems |= sub_open
            elif m := INCLUDE_SYSTEM.match(rule):
                system = self.code_system_urls.get(m["system"], m["system"])
                open_systems.add(canonical_system(system))
            else:
                raise GenerationError(f"{vs['name']}: include rule not understood: {rule!r}")
        for rule in vs["exclude_rules"]:
            if m := EXCLUDE_VALUESET.match(rule):
                sub_codes, _ = self.expand(m["vs"], stack + (vs["name"],))
                for key in sub_codes:
                    codes.pop(key, None)
            elif m := EXCLUDE_CODE.match(rule):
                codes.pop((canonical_system(m["system"]), m["code"]), None)
            elif EXCLUDE_SYSTEM.match(rule):
                pass  # narrows a rule-based (open) part; cannot affect enumerated codes we can check
            else:
                raise GenerationError(f"{vs['name']}: exclude rule not understood: {rule!r}")
        result = (codes, open_systems)
        self.cache[vs["name"]] = result
        return result


def read_json(path: Path):
    try:
        with path.open(encoding="utf-8") as f:
            return json.load(f)
    except FileNotFoundError:
        raise GenerationError(f"missing input {path}; pass --reference with the mcode-ig reference folder") from None
    except json.JSONDecodeError as e:
        raise GenerationError(f"{path}: invalid JSON at line {e.lineno} column {e.colno}: {e.msg}") from None


def default_value_paths(profile: dict, real_bindings: list) -> list:
    paths = [b["path"] for b in real_bindings]
    if "value[x]" in paths:
        return ["value[x]"]
    fixed_paths = {f["path"] for f in profile["fixed_codes"]}
    if "code" in paths and "code" not in fixed_paths:
        return ["code"]
    if "interpretation" in paths:
        return ["interpretation"]
    return []


# How an example instance writes the value of a binding path.
EXAMPLE_PATH_PATTERNS = {
    "value[x]": r"^valueCodeableConcept$",
    "code": r"^code$",
    "interpretation": r"^interpretation$",
    "medication[x]": r"^medicationCodeableConcept$",
    "type": r"^type$",
    "morphology": r"^morphology$",
    "location": r"^location$",
}
EXTRA_EXAMPLE_PATH_PATTERNS = {
    "CancerRelatedMedicationRequest": r"^medicationCodeableConcept$",
    "GenomicVariant": r"^component\[(gene-studied|genomic-hgvs|coding-hgvs|protein-hgvs)\]",
    "RadiotherapyCourseSummary": r"extension\[(modality|technique)\](\[\d+\])?\.valueCodeableConcept$",
    "TNMCategory": r"^valueCodeableConcept$",
    "ECOGPerformanceStatus": r"^interpretation$",
    "KarnofskyPerformanceStatus": r"^interpretation$",
}


def build(reference: Path) -> tuple:
    """Returns (document, warnings)."""
    warnings = []
    stu4 = read_json(reference / STU4_JSON)
    stu3 = read_json(reference / STU3_JSON)
    examples = read_json(reference / EXAMPLES_JSON)

    value_sets = stu4["value_sets"]
    expander = ValueSetExpander(value_sets, stu4.get("code_systems", []))
    profiles = [p for p in stu4["profiles_and_extensions"] if p["kind"] == "Profile"]
    profile_names = {p["name"] for p in profiles}

    for name in list(VALUE_BINDING_PATHS) + list(EXTRA_VALUE_BINDINGS) + list(FAMILIES):
        if name not in profile_names:
            raise GenerationError(f"hand table names {name!r}, which is not an STU4 profile")

    elements = []
    named_value_sets = set()
    for profile in sorted(profiles, key=lambda p: p["name"]):
        name = profile["name"]
        if name in EXCLUDED_PROFILES:
            continue
        real = [b for b in profile["bindings"] if is_real_binding(b["valueSet"], expander.by_name)]
        for b in profile["bindings"]:
            if b not in real:
                warnings.append(f"{name}: ignored parser artefact binding {b['path']} <- {b['valueSet']!r}")
        if name in VALUE_BINDING_PATHS:
            paths, _ = VALUE_BINDING_PATHS[name]
            decided_by = "hand"
        else:
            paths = default_value_paths(profile, real)
            decided_by = "rule"
        chosen = [b for b in real if b["path"] in paths]
        missing = set(paths) - {b["path"] for b in chosen}
        if missing:
            raise GenerationError(f"{name}: hand table names binding path(s) {sorted(missing)} the profile lacks")

        value_set_refs = [b["valueSet"] for b in chosen]
        systems = set()
        if name in EXTRA_VALUE_BINDINGS:
            extra = EXTRA_VALUE_BINDINGS[name]
            value_set_refs += extra["value_sets"]
            systems |= set(extra["systems"])
            decided_by = "hand"

        value_set_ids = []
        for ref in value_set_refs:
            if "://" in ref:
                if ref not in EXTERNAL_VALUE_SETS:
                    raise GenerationError(f"{name}: external value set {ref} has no entry in EXTERNAL_VALUE_SETS")
                systems |= set(EXTERNAL_VALUE_SETS[ref][0])
                value_set_ids.append(ref)
            else:
                vs = expander.lookup(ref)
                codes, open_systems = expander.expand(ref)
                systems |= open_systems | {system for system, _ in codes}
                value_set_ids.append(vs["id"])
                named_value_sets.add(vs["name"])

        fixed = next((f for f in profile["fixed_codes"] if f["path"] == "code"), None)
        elements.append({
            "name": name,
            "id": profile["id"],
            "title": profile["title"],
            "family": FAMILIES.get(name, name),
            "aliases": [],
            "value_binding": {"paths": paths, "decided_by": decided_by},
            "expected_systems": sorted(systems - NOT_VALUE_SYSTEMS),
            "value_set_ids": sorted(set(value_set_ids)),
            "fixed_code": None if fixed is None else {
                "system": canonical_system(fixed["system"]), "code": fixed["code"], "display": fixed.get("display")},
            "example_codes": [],
        })

    by_name = {e["name"]: e for e in elements}
    add_aliases(by_name, stu3, profile_names)
    add_example_codes(by_name, examples, warnings)

    out_value_sets = []
    for vs_name in sorted(named_value_sets, key=lambda n: expander.by_name[n]["id"]):
        vs = expander.by_name[vs_name]
        codes, open_systems = expander.expand(vs_name)
        out_value_sets.append({
            "id": vs["id"],
            "name": vs["name"],
            "url": vs["url"],
            "open_systems": sorted(open_systems),
            "codes": [{"system": s, "code": c, "display": d} for (s, c), d in sorted(codes.items())],
        })

    document = {
        "format": FORMAT,
        "source": {
            "ig": stu4["ig"],
            "version": stu4["version"],
            "commit": stu4["tag_or_commit"],
            "generated_by": "scripts/generate_mcode_vocabulary.py",
        },
        "elements": elements,
        "value_sets": out_value_sets,
    }
    return document, warnings


def add_aliases(by_name: dict, stu3: dict, stu4_names: set) -> None:
    owner = {}  # alias key -> element name, to keep every alias pointing at exactly one element

    def claim(alias: str, element: str, source: str) -> None:
        if element not in by_name:
            raise GenerationError(f"{source}: alias {alias!r} points at {element!r}, which is not a vocabulary element")
        key = name_key(alias)
        taken = {name_key(e["name"]): e["name"] for e in by_name.values()}
        taken |= {name_key(e["id"]): e["name"] for e in by_name.values()}
        if key in taken:
            if taken[key] == element:
                return
            raise GenerationError(f"{source}: alias {alias!r} collides with element {taken[key]}")
        if key in owner and owner[key] != element:
            raise GenerationError(f"{source}: alias {alias!r} maps to both {owner[key]} and {element}")
        owner[key] = element
        if alias not in by_name[element]["aliases"]:
            by_name[element]["aliases"].append(alias)

    for alias, (element, _) in HISTORICAL_ALIASES.items():
        claim(alias, element, "HISTORICAL_ALIASES")
    for profile in stu3["profiles_and_extensions"]:
        if profile["kind"] != "Profile" or profile["name"] in stu4_names:
            continue
        target = REMOVED_STU3_PROFILE_TARGETS.get(profile["parent"])
        if target is None:
            raise GenerationError(f"STU3 profile {profile['name']} (parent {profile['parent']}) was removed in STU4 "
                                  "and has no alias rule; add one to REMOVED_STU3_PROFILE_TARGETS or the aliases")
        claim(profile["name"], target, "removed STU3 profile")
        claim(profile["id"], target, "removed STU3 profile id")
    for alias, (element, _, _) in PREDECESSOR_ALIASES.items():
        claim(alias, element, "PREDECESSOR_ALIASES")
    for element in by_name.values():
        element["aliases"].sort()


def add_example_codes(by_name: dict, examples: list, warnings: list) -> None:
    for element in by_name.values():
        name = element["name"]
        if name in EXTRA_EXAMPLE_PATH_PATTERNS:
            pattern = EXTRA_EXAMPLE_PATH_PATTERNS[name]
        else:
            patterns = [EXAMPLE_PATH_PATTERNS[p] for p in element["value_binding"]["paths"] if p in EXAMPLE_PATH_PATTERNS]
            if not patterns:
                continue
            pattern = "|".join(f"(?:{p})" for p in patterns)
        found = set()
        for instance in examples:
            if instance["instanceOf"] != name:
                continue
            for coded in instance["coded_values"]:
                if not re.search(pattern, coded["path"]):
                    continue
                system = canonical_system(coded["system"])
                if element["expected_systems"] and system not in element["expected_systems"]:
                    warnings.append(f"{name}: example {instance['id']} codes {coded['path']} in {system}, "
                                    f"not one of {element['expected_systems']}; not kept as an example")
                    continue
                found.add((system, coded["code"], coded.get("display")))
        element["example_codes"] = [{"system": s, "code": c, "display": d} for s, c, d in
                                    sorted(found, key=lambda t: (t[0], t[1], t[2] or ""))]


def check_enumerations_against_csv(document: dict, reference: Path) -> None:
    """The JSON and the flat CSV views of the inventory must agree on every enumerated code we ship."""
    shipped = {vs["id"]: {(c["system"], c["code"]) for c in vs["codes"]} for vs in document["value_sets"]}
    path = reference / STU4_CODES_CSV
    if not path.exists():
        return
    with path.open(encoding="utf-8", newline="") as f:
        for line, row in enumerate(csv.DictReader(f), start=2):
            vs_id = row["valueset_id"]
            if vs_id in shipped and (canonical_system(row["system"]), row["code"].strip()) not in shipped[vs_id]:
                raise GenerationError(f"{path}:{line}: code {row['system']}|{row['code']} of {vs_id} is missing")


def check_predecessor(document: dict, predecessor: Path) -> list:
    """Every element name the predecessor's prompts and gold files use must resolve (or be a listed non-element)."""
    if not predecessor.is_dir():
        return [f"predecessor folder {predecessor} absent: its element names were not checked"]
    keys = {}
    for element in document["elements"]:
        for name in [element["name"], element["id"], *element["aliases"]]:
            keys[name_key(name)] = element["name"]
    field = re.compile(r'"(?:mcode_element|mcode_type|Mcode_element)"\s*:\s*"(?P<value>[^"]*)"')
    camel = re.compile(r"\b[A-Z][A-Za-z0-9]*[a-z][A-Z][A-Za-z0-9]*\b")
    name_list = re.compile(r"exact mCODE element names:(?P<names>.*)$", re.MULTILINE)
    bullet = re.compile(r"^- (?P<name>[A-Za-z]+):", re.MULTILINE)
    unresolved = set()
    for path in sorted(p for p in predecessor.rglob("*") if p.is_file() and p.suffix in (".json", ".txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        candidates = set()
        for m in field.finditer(text):
            value = m["value"].strip()
            if re.fullmatch(r"[A-Za-z]+", value):
                candidates.add(value)
            candidates |= set(camel.findall(value))
        if "mcode_mapping" in path.parts or "direct_mcode" in path.parts:
            for m in name_list.finditer(text):
                candidates |= set(camel.findall(m["names"]))
            candidates |= {m["name"] for m in bullet.finditer(text) if camel.fullmatch(m["name"])}
        for name in candidates:
            if name_key(name) not in keys and name not in PREDECESSOR_NON_ELEMENTS:
                unresolved.add(f"{name} ({path.relative_to(predecessor)})")
    if unresolved:
        raise GenerationError("predecessor element names that resolve to nothing (add them to PREDECESSOR_ALIASES or "
                              "PREDECESSOR_NON_ELEMENTS): " + ", ".join(sorted(unresolved)))
    return []


def render(value, indent: int = 0) -> str:
    """JSON with one line per leaf object and per short list, so the file diffs well and stays small."""
    pad = "  " * indent
    inner = "  " * (indent + 1)
    if isinstance(value, dict):
        if all(not isinstance(v, (dict, list)) for v in value.values()):
            return json.dumps(value, ensure_ascii=False)
        items = [f"{inner}{json.dumps(k)}: {render(v, indent + 1)}" for k, v in value.items()]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    if isinstance(value, list):
        if all(not isinstance(v, (dict, list)) for v in value):
            return json.dumps(value, ensure_ascii=False)
        return "[\n" + ",\n".join(inner + render(v, indent + 1) for v in value) + "\n" + pad + "]"
    return json.dumps(value, ensure_ascii=False)


def main(argv: list) -> int:
    repo = Path(__file__).resolve().parent.parent
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reference", type=Path, default=repo.parent / "shared" / "reference" / "mcode-ig")
    parser.add_argument("--out", type=Path, default=repo / "src/McodeBench.Core/Mcode/Data/mcode-stu4-vocabulary.json")
    parser.add_argument("--predecessor", type=Path, default=None)
    args = parser.parse_args(argv)
    predecessor = args.predecessor or args.reference.resolve().parent / "predecessor"
    try:
        document, warnings = build(args.reference)
        check_enumerations_against_csv(document, args.reference)
        warnings += check_predecessor(document, predecessor)
    except GenerationError as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    for warning in warnings:
        print(f"warning: {warning}", file=sys.stderr)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8", newline="\n") as f:
        f.write(render(document) + "\n")
    print(f"wrote {args.out}: {len(document['elements'])} elements, {len(document['value_sets'])} value sets, "
          f"{sum(len(v['codes']) for v in document['value_sets'])} enumerated codes", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
