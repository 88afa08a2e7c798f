"""Writing an import's rows in bulk: many rows per statement, never one round trip per row.

SQLAlchemy's ORM bulk INSERT (with RETURNING, which both SQLite and PostgreSQL have) sends
its rows as multi-row VALUES statements, and its bulk UPDATE by primary key one executemany;
a few statements per thousand rows instead of a flush and several queries per row. Every
statement keeps its bound parameters well under both databases' limits.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from itertools import groupby
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy import text as sql
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from engine.io.batches import chunked, rows_by_external_id

# Rows per statement of an insert or update: a progress bar moves once per chunk.
WRITE_CHUNK = 1000
ANALYZE_AFTER = 1000  # rows copied into a table after which PostgreSQL's statistics are renewed

_INSERTS = {"postgresql": postgresql.insert, "sqlite": sqlite.insert}
# None is written as NULL: otherwise the ORM leaves a None out of the row so that a column
# default may apply, which splits rows with None in different places into separate batches.
_NULLS = {"render_nulls": True}


def insert_rows(
    session: Session,
    model: Any,
    rows: Sequence[Mapping[str, Any]],
    advance: Callable[[int], None] = lambda _done: None,
) -> list[int]:
    """Inserts rows of a model with a unique `external_id` (which every row gives); their new
    primary keys, in the rows' order. On PostgreSQL, rows that give every column but the key
    go through COPY, the keys drawn from the sequence; otherwise one executemany per chunk,
    the keys read back by external id (SQLite's RETURNING would cost a statement per row
    where the order of the keys must be kept)."""
    if rows and _copyable(session, model, rows):
        return _copy(session, model, rows, advance)
    for chunk in chunked(rows, WRITE_CHUNK):
        session.execute(insert(model), list(chunk), execution_options=_NULLS)
        advance(len(chunk))
    found = rows_by_external_id(session, model, [row["external_id"] for row in rows], model.id)
    return [found[row["external_id"]].id for row in rows]


def update_rows(
    session: Session,
    model: Any,
    rows: Sequence[Mapping[str, Any]],
    advance: Callable[[int], None] = lambda _done: None,
) -> None:
    """Updates rows by primary key: each mapping holds `id` and the columns it sets. On
    PostgreSQL the rows are copied into a temporary table and applied in one UPDATE … FROM
    per set of columns."""
    rows = sorted(rows, key=_keys)  # rows setting the same columns go together
    if rows and session.get_bind().dialect.name == "postgresql":
        for keys, group in groupby(rows, key=_keys):
            _copy_update(session, model, keys, list(group), advance)
        return
    for chunk in chunked(rows, WRITE_CHUNK):
        session.execute(update(model), list(chunk))
        advance(len(chunk))


def insert_plain(session: Session, model: Any, rows: Sequence[Mapping[str, Any]]) -> None:
    """Inserts rows whose keys are not wanted back (link rows)."""
    if rows and _copyable(session, model, rows):
        _copy(session, model, rows, lambda _done: None)
        return
    for chunk in chunked(rows, WRITE_CHUNK):
        session.execute(insert(model), list(chunk), execution_options=_NULLS)


def delete_where_in(session: Session, column: Any, values: Iterable[Any]) -> None:
    """Deletes the rows whose `column` is any of `values`."""
    for chunk in chunked(list(values)):
        session.execute(delete(column.class_).where(column.in_(chunk)))


def ids_by_name(session: Session, model: Any, names: Iterable[str]) -> dict[str, int]:
    """The ids of the rows of `model` with these unique names, inserting the missing ones.
    Like `named.named_row`, a name another transaction has just taken is skipped, not an
    error, and then read."""
    wanted = sorted(set(names))
    found = _names(session, model, wanted)
    missing = [name for name in wanted if name not in found]
    if missing:
        insert_named = _INSERTS[session.get_bind().dialect.name]
        for chunk in chunked(missing, WRITE_CHUNK):
            session.execute(
                insert_named(model).on_conflict_do_nothing(index_elements=["name"]),
                [{"name": name} for name in chunk],
            )
        found |= _names(session, model, missing)
    return found


def _names(session: Session, model: Any, names: Sequence[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for chunk in chunked(names):
        rows = session.execute(select(model.name, model.id).where(model.name.in_(chunk)))
        found.update((name, id_) for name, id_ in rows)
    return found


def _keys(row: Mapping[str, Any]) -> tuple[str, ...]:
    return tuple(sorted(row))


def _copyable(session: Session, model: Any, rows: Sequence[Mapping[str, Any]]) -> bool:
    if session.get_bind().dialect.name != "postgresql":
        return False
    wanted = {column.key for column in model.__table__.columns} - {"id"}
    return all(row.keys() >= wanted for row in rows)


def _copy_update(
    session: Session,
    model: Any,
    keys: Sequence[str],
    rows: Sequence[Mapping[str, Any]],
    advance: Callable[[int], None],
) -> None:
    table = model.__table__
    preparer = session.get_bind().dialect.identifier_preparer
    target = preparer.format_table(table)
    staged = preparer.quote(f"staged_{table.name}")
    columns = [table.columns[key] for key in keys]
    names = ", ".join(preparer.quote(column.name) for column in columns)
    session.execute(
        sql(
            f"CREATE TEMPORARY TABLE {staged} ON COMMIT DROP AS SELECT {names} FROM {target} "
            "WITH NO DATA"
        )
    )
    _write(session, staged, columns, [[row[key] for key in keys] for row in rows], advance)
    # A new table has no statistics: without them the planner may join it row by row.
    session.execute(sql(f"ANALYZE {staged}"))
    assignments = ", ".join(
        f"{preparer.quote(column.name)} = staged.{preparer.quote(column.name)}"
        for column in columns
        if column.key != "id"
    )
    matched = f"{target}.id = staged.id"
    session.execute(
        sql(f"UPDATE {target} SET {assignments} FROM {staged} AS staged WHERE {matched}")
    )
    session.execute(sql(f"DROP TABLE {staged}"))


def _copy(
    session: Session, model: Any, rows: Sequence[Mapping[str, Any]], advance: Callable[[int], None]
) -> list[int]:
    """Inserts by COPY, the keys (if the table has a serial `id`) drawn from its sequence."""
    dialect = session.get_bind().dialect
    table = model.__table__
    keyed = "id" in table.columns and table.columns["id"].primary_key
    columns = [column for column in table.columns if not (keyed and column.key == "id")]
    ids: list[int] = []
    if keyed:
        sequence = sql(
            "SELECT nextval(pg_get_serial_sequence(:table, 'id')) FROM generate_series(1, :n)"
        )
        ids = list(session.scalars(sequence, {"table": table.name, "n": len(rows)}))
        columns = [table.columns["id"], *columns]
    values = [
        ([ids[number]] if keyed else []) + [row[column.key] for column in columns[keyed:]]
        for number, row in enumerate(rows)
    ]
    target = dialect.identifier_preparer.format_table(table)
    _write(session, target, columns, values, advance)
    if len(rows) >= ANALYZE_AFTER:
        # Statistics for the planner: a table just filled by COPY looks empty to it until
        # autovacuum comes by, and a lookup by external id then scans the whole table.
        session.execute(sql(f"ANALYZE {target}"))
    return ids


def _write(
    session: Session,
    target: str,
    columns: Sequence[Any],
    rows: Sequence[Sequence[Any]],
    advance: Callable[[int], None],
) -> None:
    """COPY the rows (values in the order of `columns`) into `target`, each value converted as
    SQLAlchemy would bind it to its column."""
    connection = session.connection()
    dialect = connection.dialect
    converters = [column.type.dialect_impl(dialect).bind_processor(dialect) for column in columns]
    names = ", ".join(dialect.identifier_preparer.quote(column.name) for column in columns)
    cursor = connection.connection.driver_connection.cursor()
    with cursor.copy(f"COPY {target} ({names}) FROM STDIN") as copy:
        for number, values in enumerate(rows, start=1):
            copy.write_row(
                [
                    value if convert is None else convert(value)
                    for value, convert in zip(values, converters, strict=True)
                ]
            )
            if number % WRITE_CHUNK == 0:
                advance(WRITE_CHUNK)
    advance(len(rows) % WRITE_CHUNK)
