"""The knowledge base loader: packaged data loads, and every kind of bad file
gives a DataError that names the file and the entry."""

import shutil
from pathlib import Path

import pytest

from peristiwa.actors.kb import DEFAULT_DIR, build_kb, load_kb
from peristiwa.errors import DataError

OWN = ("countries.yaml", "organizations.yaml", "roles.yaml", "linking.yaml")

PEOPLE = """\
- id: p:alpha
  name: Alpha Beta
  aliases: [Beta]
  country: RUS
  terms:
    - {role: foreign_minister, country: RUS, start: 2004-03-09, end: 2010-01-01, source: test}
- id: p:gamma
  name: Gamma Delta
  country: RUS
  terms:
    - {role: foreign_minister, country: RUS, start: 2010-01-01, end: null, source: test}
"""


def make_kb(tmp_path: Path, people: dict[str, str] | None = None, **overrides: str) -> Path:
    d = tmp_path / "kb"
    (d / "people").mkdir(parents=True)
    for name in OWN:
        shutil.copy(DEFAULT_DIR / name, d / name)
    for name, text in overrides.items():
        (d / f"{name}.yaml").write_text(text, encoding="utf-8")
    for name, text in (people or {}).items():
        (d / "people" / f"{name}.yaml").write_text(text, encoding="utf-8")
    return d


def test_packaged_kb_loads_and_covers_countries_orgs_roles():
    kb = load_kb()
    assert len(kb.countries) >= 240
    for code in ("IDN", "CHN", "USA", "RUS", "TWN", "HKG", "PSE", "XKX", "VAT", "TLS"):
        assert code in kb.countries
    for role in ("president", "vice_president", "prime_minister", "chancellor", "monarch", "head_of_government",
                 "foreign_minister", "defence_minister", "secretary_general", "state_councilor", "spokesperson",
                 "home_minister", "finance_minister", "police_chief", "military_commander", "kpk_chair",
                 "attorney_general", "dpr_speaker", "mpr_speaker", "ambassador", "governor", "regent", "mayor"):
        assert role in kb.roles, role
    assert load_kb() is kb  # cached


@pytest.mark.parametrize("surface,kind,ident", [
    ("Tiongkok", "country", "CHN"), ("Cina", "country", "CHN"), ("RRT", "country", "CHN"),
    ("Republik Rakyat Tiongkok", "country", "CHN"), ("AS", "country", "USA"), ("Amerika Serikat", "country", "USA"),
    ("Federasi Rusia", "country", "RUS"), ("Britania Raya", "country", "GBR"), ("Inggris", "country", "GBR"),
    ("Korsel", "country", "KOR"), ("Korut", "country", "PRK"), ("Palestina", "country", "PSE"),
    ("Russian", "country", "RUS"), ("Kremlin", "country", "RUS"), ("Gedung Putih", "country", "USA"),
    ("Moskow", "country", "RUS"), ("Downing Street", "country", "GBR"),
    ("PBB", "org", "UN"), ("Dewan Keamanan PBB", "org", "UNSC"), ("Majelis Umum PBB", "org", "UNGA"),
    ("Organisasi Kerja Sama Shanghai", "org", "SCO"), ("Kelompok 20", "org", "G20"), ("G20", "org", "G20"),
    ("Uni Eropa", "org", "EU"), ("UE", "org", "EU"), ("OKI", "org", "OIC"), ("Bank Dunia", "org", "WB"),
    ("KPK", "org", "IDN-KPK"), ("Polri", "org", "IDN-POLRI"), ("PDI-P", "org", "IDN-PDIP"),
    ("Menlu", "role", "foreign_minister"), ("menteri luar negeri", "role", "foreign_minister"),
    ("Dubes", "role", "ambassador"), ("Sekjen", "role", "secretary_general"), ("Kapolri", "role", "police_chief"),
    ("PM", "role", "prime_minister"), ("Diplomat utama", "role", "foreign_minister"),
])
def test_surface_forms(surface, kind, ident):
    hits = [(e.kind, e.id) for e in load_kb().lookup(surface)]
    assert (kind, ident) in hits


def test_acronym_case_is_exact():
    kb = load_kb()
    assert kb.lookup("as") == [] and kb.lookup("As") == []
    assert not [e for e in kb.lookup("pm") if e.kind == "role"]
    assert {e.id for e in kb.lookup("Korea")} == {"KOR", "PRK"}  # ambiguous on purpose


def test_org_and_role_sectors():
    kb = load_kb()
    assert kb.orgs["IDN-TNI"].sector == "MIL" and kb.orgs["IDN-TNI"].country == "IDN"
    assert kb.orgs["IDN-POLRI"].sector == "COP"
    assert kb.orgs["IDN-DPR"].sector == "LEG"
    assert kb.roles["police_chief"].sector == "COP" and kb.roles["police_chief"].country == "IDN"


def test_people_terms_and_holders(tmp_path):
    kb = build_kb(make_kb(tmp_path, {"t": PEOPLE}))
    from datetime import date

    assert [p.id for p in kb.holders("foreign_minister", "RUS", date(2005, 1, 1))] == ["p:alpha"]
    assert [p.id for p in kb.holders("foreign_minister", "RUS", date(2020, 1, 1))] == ["p:gamma"]
    assert kb.holders("foreign_minister", "RUS", date(1999, 1, 1)) == []
    # same-day hand-off: both cover the day, the newer one is first
    assert [p.id for p in kb.holders("foreign_minister", "RUS", date(2010, 1, 1))][0] == "p:gamma"


def test_yaml_syntax_error_names_file_and_line(tmp_path):
    d = make_kb(tmp_path, {"bad": "- id: p:x\n  name: [unclosed\n  country: RUS\n"})
    with pytest.raises(DataError, match=r"people/bad\.yaml: YAML syntax error at line \d+"):
        build_kb(d)


def test_unknown_field_names_file_and_entry(tmp_path):
    d = make_kb(tmp_path, {"t": "- id: p:x\n  name: X Y\n  contry: RUS\n"})
    with pytest.raises(DataError, match=r"t\.yaml: entry 'p:x': unknown field\(s\) \['contry'\]"):
        build_kb(d)


def test_unknown_role_in_term(tmp_path):
    d = make_kb(tmp_path, {"t": "- id: p:x\n  name: X Y\n  terms:\n    - {role: foriegn_minister, country: RUS, start: 2001-01-01}\n"})
    with pytest.raises(DataError, match=r"t\.yaml: entry 'p:x term #1': unknown role 'foriegn_minister'"):
        build_kb(d)


def test_unknown_country_code(tmp_path):
    d = make_kb(tmp_path, {"t": "- id: p:x\n  name: X Y\n  country: RUX\n"})
    with pytest.raises(DataError, match=r"entry 'p:x': unknown country code 'RUX'"):
        build_kb(d)


def test_unknown_country_in_org(tmp_path):
    orgs = (DEFAULT_DIR / "organizations.yaml").read_text() + (
        "- {id: ZZ, type: igo, sector: IGO, country: ZZZ, names: {id: Z, en: Z}, source: t}\n")
    with pytest.raises(DataError, match=r"organizations\.yaml: entry 'ZZ': unknown country code 'ZZZ'"):
        build_kb(make_kb(tmp_path, organizations=orgs))


def test_duplicate_id_across_people_files(tmp_path):
    d = make_kb(tmp_path, {"a": "- {id: p:x, name: X Y}\n", "b": "- {id: p:x, name: X Z}\n"})
    with pytest.raises(DataError, match=r"b\.yaml: entry 'p:x': duplicate id \(already defined in .*a\.yaml\)"):
        build_kb(d)


def test_duplicate_country_id(tmp_path):
    text = (DEFAULT_DIR / "countries.yaml").read_text()
    text += "- {id: IDN, names: {id: Indonesia, en: Indonesia}, source: t}\n"
    with pytest.raises(DataError, match=r"countries\.yaml: entry 'IDN': duplicate id"):
        build_kb(make_kb(tmp_path, countries=text))


def test_overlapping_terms_same_office(tmp_path):
    bad = PEOPLE.replace("start: 2010-01-01, end: null", "start: 2009-06-01, end: null")
    with pytest.raises(DataError, match=r"t\.yaml: entry 'p:gamma': term foreign_minister/RUS from 2009-06-01 overlaps"
                                        r" the term of 'p:alpha'"):
        build_kb(make_kb(tmp_path, {"t": bad}))


def test_acting_terms_are_exempt_from_overlap(tmp_path):
    extra = "- id: p:acting\n  name: Acting Person\n  terms:\n" \
            "    - {role: foreign_minister, country: RUS, start: 2005-01-01, end: 2005-02-01, acting: true}\n"
    kb = build_kb(make_kb(tmp_path, {"t": PEOPLE + extra}))
    assert "p:acting" in kb.people


def test_end_before_start(tmp_path):
    d = make_kb(tmp_path, {"t": "- id: p:x\n  name: X Y\n  terms:\n    - {role: president, country: RUS, start: 2005-01-01, end: 2004-01-01}\n"})
    with pytest.raises(DataError, match=r"entry 'p:x term #1': end 2004-01-01 is before start 2005-01-01"):
        build_kb(d)


def test_bad_date(tmp_path):
    d = make_kb(tmp_path, {"t": "- id: p:x\n  name: X Y\n  terms:\n    - {role: president, country: RUS, start: 2005-13-01}\n"})
    with pytest.raises(DataError, match=r"entry 'p:x term #1': start .* is not an ISO date"):
        build_kb(d)


def test_unknown_role_field_and_sector(tmp_path):
    roles = (DEFAULT_DIR / "roles.yaml").read_text() + (
        "- {id: new_role, sector: XYZ, scope: country, names: {id: [Peran Baru]}, source: t}\n")
    with pytest.raises(DataError, match=r"roles\.yaml: entry 'new_role': unknown sector 'XYZ'"):
        build_kb(make_kb(tmp_path, roles=roles))


def test_role_name_used_by_two_roles(tmp_path):
    roles = (DEFAULT_DIR / "roles.yaml").read_text() + (
        "- {id: other_fm, sector: GOV, scope: country, names: {id: [Menlu]}, source: t}\n")
    with pytest.raises(DataError, match=r"entry 'other_fm': role name 'Menlu' is already used by role 'foreign_minister'"):
        build_kb(make_kb(tmp_path, roles=roles))


def test_yaml_boolean_word_is_reported(tmp_path):
    d = make_kb(tmp_path, {"t": "- id: p:x\n  name: X Y\n  aliases: [On]\n"})
    with pytest.raises(DataError, match=r"entry 'p:x': aliases: True is not a non-empty string"):
        build_kb(d)


def test_committed_countries_match_generator():
    """countries.yaml is generated: re-running the script must not change it."""
    import importlib.util

    root = Path(__file__).resolve().parents[1]
    spec = importlib.util.spec_from_file_location("bkc", root / "scripts" / "build_kb_countries.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    import yaml

    committed = yaml.safe_load((DEFAULT_DIR / "countries.yaml").read_text(encoding="utf-8"))
    assert committed == mod.build()
