"""What is stale: a manifest of input hashes per content file, kept in output/.vanban-manifest.json.

For each content file it records the hash of every input its documents were built from (the file,
its whole `ke_thua` chain, the issuer profiles, the templates, the tool version), the outputs
written and which of those inputs each output used. A later build skips a content file — without
parsing it — when every recorded input still has its hash and every output still exists; otherwise
it says which input changed, and within the file rebuilds only the outputs whose own inputs changed
(one edited profile of a 34-province batch rebuilds that province's document, not the 34).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import __version__
from .output import write_atomic

MANIFEST_NAME = ".vanban-manifest.json"
FORMAT = 2  # 2: the inputs of each output ("by_output")


@dataclass
class Manifest:
    """Sổ theo dõi đầu vào của các văn bản đã tạo."""

    path: Path
    root: Path
    entries: dict[str, dict[str, Any]] = field(default_factory=dict)
    _hashes: dict[Path, str | None] = field(default_factory=dict)

    @classmethod
    def load(cls, output_root: Path, project_root: Path) -> Manifest:
        path = output_root / MANIFEST_NAME
        manifest = cls(path, project_root.resolve())
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return manifest
        if data.get("format") == FORMAT and data.get("version") == __version__:
            manifest.entries = data.get("entries", {})
        return manifest

    def _key(self, path: Path) -> str:
        try:
            return str(path.resolve().relative_to(self.root))
        except ValueError:
            return str(path.resolve())

    def file_hash(self, path: Path) -> str | None:
        """sha256 of a file's bytes, computed once per build; None when it is gone."""
        path = path.resolve()
        if path not in self._hashes:
            try:
                self._hashes[path] = hashlib.sha256(path.read_bytes()).hexdigest()
            except OSError:
                self._hashes[path] = None
        return self._hashes[path]

    def stale_reason(self, source: Path, register_numbers: Callable[[], dict[tuple[str, str], int]]) -> str | None:
        """Why `source` must be rebuilt (Vietnamese), or None when its outputs are up to date."""
        entry = self.entries.get(self._key(source))
        if entry is None:
            return "chưa tạo lần nào"
        if entry.get("numbers"):
            live = register_numbers()
            for key, number in entry["numbers"].items():
                if live.get(tuple(key.split("/", 1))) != number:
                    return f"sổ văn bản đi đổi số của {key}"
        for name, digest in entry["inputs"].items():
            if self.file_hash(self.root / name) != digest:
                return f"{name} đã thay đổi"
        for name in entry["outputs"]:
            if not (self.root / name).exists():
                return f"không còn tệp {name}"
        if "profiles" in entry and self._profiles(entry["profiles"]["folder"]) != entry["profiles"]["files"]:
            return f"hồ sơ cơ quan trong {entry['profiles']['folder']} đã thêm hoặc bớt"
        return None

    def output_fresh(
        self, source: Path, output: Path, inputs: set[Path], register_numbers: Callable[[], dict[tuple[str, str], int]]
    ) -> bool:
        """Whether `output` of `source` was built from exactly `inputs`, each still with its recorded
        hash, with the register's numbers unchanged, and is still on disk: then it need not be rebuilt."""
        entry = self.entries.get(self._key(source))
        if entry is None or not output.exists():
            return False
        recorded = entry.get("by_output", {}).get(self._key(output))
        if recorded is None or sorted(self._key(p) for p in inputs) != recorded:
            return False
        if entry.get("numbers"):
            live = register_numbers()
            if any(live.get(tuple(key.split("/", 1))) != number for key, number in entry["numbers"].items()):
                return False
        return all(self.file_hash(self.root / name) == entry["inputs"].get(name) for name in recorded)

    def _profiles(self, folder: str) -> list[str]:
        return sorted(p.name for p in (self.root / folder).glob("*.yaml"))

    def record(
        self,
        source: Path,
        by_output: dict[Path, set[Path]],
        shared: set[Path],
        numbers: dict[tuple[str, str], int | None],
        profile_folder: Path | None = None,
    ) -> None:
        """Remember what each of `source`'s outputs was built from (and `shared`: what the file as a whole
        depends on, such as the profiles of its group): input hashes, the register's numbers, and — for a
        batch over a group — the list of profile files, so a new profile in the group rebuilds it."""
        inputs = shared | {path for files in by_output.values() for path in files}
        entry: dict[str, Any] = {
            "inputs": {self._key(p): self.file_hash(p) for p in sorted(inputs)},
            "outputs": sorted(self._key(p) for p in by_output),
            "by_output": {self._key(o): sorted(self._key(p) for p in files) for o, files in sorted(by_output.items())},
            "numbers": {f"{issuer}/{document}": number for (issuer, document), number in sorted(numbers.items())},
        }
        if profile_folder is not None:
            folder = self._key(profile_folder)
            entry["profiles"] = {"folder": folder, "files": self._profiles(folder)}
        self.entries[self._key(source)] = entry

    def forget(self, source: Path) -> None:
        self.entries.pop(self._key(source), None)

    def save(self) -> None:
        data = {"format": FORMAT, "version": __version__, "entries": dict(sorted(self.entries.items()))}
        write_atomic(self.path, (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode("utf-8"))
