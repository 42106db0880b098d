import shutil

import pytest

from veille.errors import DataFileError
from veille.kb import build_kb
from veille.kb.seed import DATA_DIR, SEED_FILES, load_seed


@pytest.fixture
def data_copy(tmp_path):
    target = tmp_path / "data"
    target.mkdir()
    for name in SEED_FILES:
        shutil.copy(DATA_DIR / name, target / name)
    return target


def _append(path, line):
    with path.open("a", encoding="utf-8") as fh:
        fh.write(line + "\n")
    return sum(1 for _ in path.open(encoding="utf-8"))


def test_seed_loads_and_cross_checks():
    seed = load_seed()
    assert seed.entities["Q159"].type == "COUNTRY"
    assert seed.entities["Q649"].subtype == "capital"
    assert any(r.person == "Q7747" and r.position == "head_of_state" for r in seed.roles)


def test_seed_bad_qid_names_file_and_line(data_copy):
    line = _append(data_copy / "cities.tsv", "X123\tNulle-part\tNowhere\tFRA\t")
    with pytest.raises(DataFileError) as err:
        load_seed(data_copy)
    assert f"cities.tsv:{line}:" in str(err.value)
    assert "X123" in str(err.value)


def test_seed_bad_date_names_file_and_line(data_copy):
    line = _append(data_copy / "roles.tsv", "Q7747\thead_of_state\tQ159\t2024-13-01\t\tprésident")
    with pytest.raises(DataFileError, match=rf"roles\.tsv:{line}: column 'start'"):
        load_seed(data_copy)


def test_seed_unknown_position_and_dangling_reference(data_copy):
    line = _append(data_copy / "roles.tsv", "Q7747\temperor\tQ159\t2024\t\t")
    with pytest.raises(DataFileError, match=rf"roles\.tsv:{line}: column 'position'"):
        load_seed(data_copy)


def test_seed_dangling_country(data_copy):
    line = _append(data_copy / "media.tsv", "veille:nowhere-news\tNowhere News\t\tnewspaper\tZZZ\t")
    with pytest.raises(DataFileError, match=rf"media\.tsv:{line}: .*unknown country 'ZZZ'"):
        load_seed(data_copy)


def test_seed_duplicate_id(data_copy):
    line = _append(data_copy / "persons.tsv", "Q7747\tVladimir Poutine bis\t\tRUS\t")
    with pytest.raises(DataFileError, match=rf"persons\.tsv:{line}: duplicate id Q7747"):
        load_seed(data_copy)


def test_seed_demonym_capitalisation_checked(data_copy):
    line = _append(data_copy / "demonyms.tsv", "FRA\tfrançais\tFrançaise\tFrançais\tFrançaises\tfrançais\tfrançaise\t"
                                               "français\tfrançaises")
    with pytest.raises(DataFileError, match=rf"demonyms\.tsv:{line}: column 'noun_ms'"):
        load_seed(data_copy)


def test_seed_file_needs_source_comment_and_header(data_copy):
    path = data_copy / "regions.tsv"
    lines = [l for l in path.read_text(encoding="utf-8").splitlines() if not l.startswith("#")]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"regions\.tsv:1: the file must start with '#'"):
        load_seed(data_copy)


def test_seed_wrong_cell_count(data_copy):
    line = _append(data_copy / "regions.tsv", "veille:x\tREGION\tX\tX\t\textra")
    with pytest.raises(DataFileError, match=rf"regions\.tsv:{line}: 6 cells, expected 5"):
        build_kb(data_copy.parent / "kb.sqlite", data_dir=data_copy)


def test_seed_every_file_has_a_source_comment():
    for name in SEED_FILES:
        first = (DATA_DIR / name).read_text(encoding="utf-8").splitlines()[0]
        assert first.startswith("# "), name
