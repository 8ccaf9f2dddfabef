#!/usr/bin/env python3
"""Generate samples/gold/NCT*.gold.json from the annotation lists in samples/gold/annotations/.

Offsets are never written by hand: each annotation names a section, the exact text (optionally inside an enclosing
text, for categories packed together such as "N1 @ cT2N1M0") and which occurrence, and this script finds the
character offsets in the section's own text. It fails, naming the file and line, when a text is absent, when an
occurrence does not exist, when a match does not sit on word boundaries, or when a concept key is unknown.

Usage: python3 scripts/make_sample_gold.py [--check]
  --check  compare with the files on disk and exit 1 when any would change (nothing is written).
Python 3 standard library only.
"""
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRIALS = ROOT / "samples" / "trials"
GOLD = ROOT / "samples" / "gold"
ANNOTATIONS = GOLD / "annotations"

SECTION_ALIASES = {
    "bt": "brief_title", "brief_title": "brief_title",
    "ot": "official_title", "official_title": "official_title",
    "cond": "conditions", "conditions": "conditions",
    "kw": "keywords", "keywords": "keywords",
    "sum": "brief_summary", "brief_summary": "brief_summary",
    "elig": "eligibility", "eligibility": "eligibility",
}
# The order in which sections are assembled by default (SectionNames.All); entity ids follow it.
SECTION_ORDER = ["brief_title", "official_title", "conditions", "keywords", "brief_summary", "detailed_description",
                 "eligibility", "interventions"]
TYPES = {"condition", "stage", "tnm", "biomarker", "genomic_variant", "medication", "surgery", "radiotherapy",
         "performance_status"}
SYSTEMS = {"sct": "http://snomed.info/sct", "loinc": "http://loinc.org",
           "rx": "http://www.nlm.nih.gov/research/umls/rxnorm", "hgnc": "http://www.genenames.org"}
HEADER = re.compile(r"^[ \t]*(?:key[ \t]+)?(inclusion|exclusion)[ \t]+criteria\b", re.IGNORECASE | re.MULTILINE)


class AnnotationError(Exception):
    pass


def section_texts(trial_path):
    protocol = json.loads(trial_path.read_text(encoding="utf-8"))["protocolSection"]
    ident = protocol.get("identificationModule", {})
    conditions = protocol.get("conditionsModule", {})
    return ident["nctId"], {
        "brief_title": ident.get("briefTitle", ""),
        "official_title": ident.get("officialTitle", ""),
        "conditions": "\n".join(conditions.get("conditions", [])),
        "keywords": "\n".join(conditions.get("keywords", [])),
        "brief_summary": protocol.get("descriptionModule", {}).get("briefSummary", ""),
        "eligibility": protocol.get("eligibilityModule", {}).get("eligibilityCriteria", ""),
    }


def load_concepts(path):
    concepts = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        fields = [f.strip() for f in line.split("|")]
        if len(fields) != 5:
            raise AnnotationError(f"{path}:{number}: expected 5 '|'-separated fields, got {len(fields)}")
        key, element, value, code, display = fields
        if key in concepts:
            raise AnnotationError(f"{path}:{number}: concept '{key}' is defined twice")
        mapping = {"element": element, "value": value}
        if code:
            system, _, code_value = code.partition(":")
            if system not in SYSTEMS or not code_value:
                raise AnnotationError(f"{path}:{number}: code '{code}' must be one of {sorted(SYSTEMS)} followed by ':code'")
            mapping["code"] = {"system": SYSTEMS[system], "code": code_value, "display": display or None}
            if not display:
                del mapping["code"]["display"]
        concepts[key] = mapping
    return concepts


def word_occurrences(text, needle):
    """Start offsets of needle in text where it does not continue a word on either side."""
    starts, index = [], text.find(needle)
    while index >= 0:
        before = text[index - 1] if index > 0 else " "
        after = text[index + len(needle)] if index + len(needle) < len(text) else " "
        if not before.isalnum() and not after.isalnum():
            starts.append(index)
        index = text.find(needle, index + 1)
    return starts


def criterion_at(section, text, offset):
    if section != "eligibility":
        return "none"
    current = "none"
    for header in HEADER.finditer(text):
        if header.start() <= offset:
            current = header.group(1).lower()
    return current


def build_trial(spec_path, texts, concepts):
    entities = []
    for number, line in enumerate(spec_path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        where = f"{spec_path}:{number}"
        fields = [f.strip() for f in line.split("|")]
        if len(fields) != 5:
            raise AnnotationError(f"{where}: expected 5 '|'-separated fields (section | text | type | neg | concepts)")
        section_field, text_field, entity_type, flags, keys = fields
        section_name, _, occurrence_text = section_field.partition("#")
        section = SECTION_ALIASES.get(section_name)
        if section is None:
            raise AnnotationError(f"{where}: unknown section '{section_name}'; use one of {sorted(SECTION_ALIASES)}")
        occurrence = int(occurrence_text) if occurrence_text else 1
        if entity_type not in TYPES:
            raise AnnotationError(f"{where}: unknown type '{entity_type}'; use one of {sorted(TYPES)}")
        if flags not in ("-", "neg"):
            raise AnnotationError(f"{where}: flag must be '-' or 'neg', got '{flags}'")
        section_text = texts[section]
        text, _, context = (part.strip() for part in text_field.partition(" @ "))
        if context:
            starts = word_occurrences(section_text, context)
            if len(starts) < occurrence:
                raise AnnotationError(f"{where}: '{context}' occurs {len(starts)} time(s) in {section}, not {occurrence}")
            inner = section_text.find(text, starts[occurrence - 1], starts[occurrence - 1] + len(context))
            if inner < 0:
                raise AnnotationError(f"{where}: '{text}' is not inside '{context}'")
            start = inner
        else:
            starts = word_occurrences(section_text, text)
            if len(starts) < occurrence:
                raise AnnotationError(f"{where}: '{text}' occurs {len(starts)} time(s) on word boundaries in {section}, not {occurrence}")
            start = starts[occurrence - 1]
        end = start + len(text)
        assert section_text[start:end] == text
        mapped = []
        for key in (k.strip() for k in keys.split(",")):
            if key not in concepts:
                raise AnnotationError(f"{where}: unknown concept '{key}' (define it in concepts.txt)")
            mapped.append(concepts[key])
        entities.append({
            "section": section, "start": start, "end": end, "text": text, "type": entity_type,
            "criterion": criterion_at(section, section_text, start), "negated": flags == "neg", "_mappings": mapped,
            "_where": where,
        })

    entities.sort(key=lambda e: (SECTION_ORDER.index(e["section"]), e["start"], e["end"]))
    for first, second in zip(entities, entities[1:]):
        if first["section"] == second["section"] and second["start"] < first["end"]:
            raise AnnotationError(f"{second['_where']}: span overlaps {first['_where']} ('{first['text']}' / '{second['text']}')")
    gold_entities, gold_mappings = [], []
    for index, entity in enumerate(entities, 1):
        entity_id = f"e{index}"
        for mapping in entity.pop("_mappings"):
            gold_mappings.append({**mapping, "entity_id": entity_id})
        entity.pop("_where")
        gold_entities.append({"id": entity_id, **entity})
    return gold_entities, gold_mappings


def main(argv):
    check = "--check" in argv
    concepts = load_concepts(ANNOTATIONS / "concepts.txt")
    stale = []
    for spec_path in sorted(ANNOTATIONS.glob("NCT*.txt")):
        trial_path = TRIALS / (spec_path.stem + ".json")
        if not trial_path.exists():
            raise AnnotationError(f"{spec_path}: no trial file {trial_path}")
        trial_id, texts = section_texts(trial_path)
        if trial_id != spec_path.stem:
            raise AnnotationError(f"{trial_path}: nctId '{trial_id}' differs from the file name")
        entities, mappings = build_trial(spec_path, texts, concepts)
        document = {"format": "mcodebench-gold", "version": 1,
                    "trials": [{"trial_id": trial_id, "entities": entities, "mappings": mappings}]}
        output = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
        target = GOLD / f"{trial_id}.gold.json"
        if check:
            if not target.exists() or target.read_text(encoding="utf-8") != output:
                stale.append(str(target))
        else:
            target.write_text(output, encoding="utf-8")
            print(f"{target.relative_to(ROOT)}: {len(entities)} entities, {len(mappings)} mappings")
    if stale:
        print("Out of date (run scripts/make_sample_gold.py):\n  " + "\n  ".join(stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    except AnnotationError as error:
        print(f"error: {error}", file=sys.stderr)
        sys.exit(2)
