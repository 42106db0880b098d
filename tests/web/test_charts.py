"""The drawings' coordinates (``veille.web.charts``): dated axes with round ticks, columns that stack, and the
network's arrows."""

from __future__ import annotations

import datetime as dt

import pytest

from veille.store import NetworkEdge
from veille.web.charts import HEIGHT, BOTTOM, network_drawing, time_chart


def _days(first: str, count: int, every: int = 1) -> list[str]:
    start = dt.date.fromisoformat(first)
    return [(start + dt.timedelta(days=n * every)).isoformat() for n in range(count)]


@pytest.mark.issue(15)
@pytest.mark.parametrize(("days", "unit"), [(_days("2024-06-18", 10), "jour"), (_days("2024-01-01", 60, 5), "semaine"),
                                            (_days("2022-01-01", 40, 30), "mois")])
def test_time_chart_groups_a_long_range_by_week_or_month(days, unit):
    chart = time_chart([(day, "articles", 1) for day in days])
    assert chart.unit == unit and sum(column.total for column in chart.columns) == len(days)
    assert all(column.width >= 1 for column in chart.columns) and 2 <= len(chart.x_ticks) <= 5


@pytest.mark.issue(15)
def test_time_chart_writes_french_dates_on_its_axis_and_in_its_columns():
    chart = time_chart([("2024-06-18", "articles", 3), ("2024-07-01", "articles", 1)])
    assert chart.columns[0].period == "18 juin 2024" and chart.columns[1].period == "1er juillet 2024"
    labels = [tick.label for tick in chart.x_ticks]
    assert labels[0].endswith("2024") and all("2024" not in label for label in labels[1:])
    assert any(label.endswith(("juin", "juil.")) for label in labels)


@pytest.mark.issue(15)
@pytest.mark.parametrize(("most", "ticks"), [
    (1, ["0", "1"]), (3, ["0", "1", "2", "3"]), (7, ["0", "2", "4", "6", "8"]), (137, ["0", "50", "100", "150"]),
    (2436, ["0", "500", "1 000", "1 500", "2 000", "2 500"]),
])
def test_time_chart_count_axis_has_round_ticks_up_to_the_busiest_column(most, ticks):
    chart = time_chart([("2024-06-18", "articles", most)])
    assert [tick.label for tick in chart.y_ticks] == ticks
    assert chart.y_ticks[0].at == HEIGHT - BOTTOM


@pytest.mark.issue(15)
def test_time_chart_stacks_its_keys_in_the_order_given():
    chart = time_chart([("2024-06-18", "SUPPORT", 2), ("2024-06-18", "ASSAULT", 1)], keys=("SUPPORT", "ASSAULT"))
    support, assault = chart.columns[0].segments
    assert (support.key, assault.key) == ("SUPPORT", "ASSAULT") and chart.keys == ("SUPPORT", "ASSAULT")
    assert assault.y + assault.height == pytest.approx(support.y, abs=0.2)  # one on top of the other


@pytest.mark.issue(15)
def test_time_chart_of_nothing_dated_is_none():
    assert time_chart([]) is None and time_chart([(None, "articles", 3)]) is None


@pytest.mark.issue(15)
def test_network_draws_an_arrow_per_pair_as_thick_as_its_events():
    edges = [NetworkEdge(1, "Vladimir Poutine", 2, "Corée du Nord", 4, "verbal_cooperation", {"SUPPORT": 4}),
             NetworkEdge(2, "Corée du Nord", 1, "Vladimir Poutine", 1, "verbal_cooperation", {"SUPPORT": 1}),
             NetworkEdge(3, "Russie", 4, "Ukraine", 2, "material_conflict", {"ASSAULT": 2})]
    drawing = network_drawing(edges)
    assert [node.name for node in drawing.nodes][:2] == ["Corée du Nord", "Vladimir Poutine"]
    widths = [arrow.width for arrow in drawing.arrows]
    assert widths[0] == max(widths) and widths[1] == min(widths)
    assert drawing.arrows[0].path != drawing.arrows[1].path  # A → B and B → A bend apart
    assert network_drawing([]) is None
