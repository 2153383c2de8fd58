"""`vanban web`: the pages, each a thin view over the same stages as the CLI (Flask).

Văn bản (catalogue.py), Soạn thảo (form.py), Xem trước (exporting/pages.py), Ban hành (pipeline.build
with --ban-hanh: one transaction; its dry run shows the number first), Sổ văn bản đi (register/),
Sửa đổi (amending/), Nhập (importing/). Paths from the browser are names inside content/ or output/,
checked before use; uploads go to a temporary folder; user text is only ever data (autoescaped
HTML, ruamel.yaml values), never a template.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import json
import re
import secrets
import shutil
import tempfile
import threading
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from flask import Flask, Response, abort, redirect, render_template, request, send_file, session, url_for
from werkzeug.exceptions import RequestEntityTooLarge
from werkzeug.wrappers.response import Response as BaseResponse

from ..amending.amendment import write_amendments
from ..amending.compare import compare, write_redline
from ..document import Issuer
from ..errors import ContentError, Problem, VanbanError
from ..exporting.pages import docx_pages
from ..exporting.pdf import convert, pdf_path
from ..importing import read_document, save
from ..issuing import register_path
from ..loading import load_issuers
from ..output import write_new_text
from ..pipeline import Options, build, render_document
from ..project import Project
from ..register.allocation import Register
from ..register.entries import Filter, Status
from ..register.exchange import export_csv
from ..starter import starter_text
from ..versions import fingerprint
from . import catalogue, form, security
from .uploads import UPLOAD_LIMIT, stored_upload, upload_path

Page = str | BaseResponse | tuple[str, int]
FILE_NAME = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")  # a new content file's name: ascii lower case, digits, hyphens
_printing = threading.Lock()


@dataclass(frozen=True)
class Site:
    """What the pages share: the project, the password (hash) when one is required, the work folders."""

    project: Project
    password_hash: str | None
    previews: Path
    uploads: Path


def create_app(root: Path, password_hash: str | None = None, work: Path | None = None) -> Flask:
    """The web application for the project at `root`; with `password_hash`, every page asks to log in."""
    app = Flask(__name__)
    app.secret_key = secrets.token_bytes(32)  # new at each start: sessions end with the server
    app.config.update(
        MAX_CONTENT_LENGTH=UPLOAD_LIMIT,
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Strict",
    )
    work = work or Path(tempfile.mkdtemp(prefix="vanban-web-"))
    site = Site(Project(root.resolve()), password_hash, work / "xem-truoc", work / "tai-len")
    site.previews.mkdir(parents=True, exist_ok=True)
    site.uploads.mkdir(parents=True, exist_ok=True)
    app.add_template_filter(lambda day: f"{day:%d/%m/%Y}" if day else "", "ngay")
    _guards(app, site)
    _document_pages(app, site)
    _issue_pages(app, site)
    _register_pages(app, site)
    _import_pages(app, site)
    return app


# --- login, CSRF, errors ----------------------------------------------------------------------------


def _guards(app: Flask, site: Site) -> None:
    @app.context_processor
    def common() -> dict[str, Any]:
        if "csrf" not in session:
            session["csrf"] = security.new_token()
        return {"csrf": session["csrf"], "logged_in": bool(session.get("user")), "locked": bool(site.password_hash)}

    @app.before_request
    def check() -> BaseResponse | tuple[str, int] | None:
        if request.endpoint in ("static", "login"):
            pass
        elif site.password_hash and not session.get("user"):
            return redirect(url_for("login", next=request.full_path))
        if request.method == "POST" and not security.same_token(request.form.get("_csrf"), session.get("csrf")):
            return _problems_page(
                "Phiên làm việc đã hết hạn",
                [Problem("Biểu mẫu đã cũ, không xử lý.", hint="Tải lại trang rồi làm lại.")],
                400,
            )
        return None

    @app.route("/dang-nhap", methods=["GET", "POST"])
    def login() -> Page:
        error = None
        if request.method == "POST":
            if site.password_hash and security.verify(request.form.get("mat_khau", ""), site.password_hash):
                session.clear()
                session["user"] = True
                session["csrf"] = security.new_token()
                target = request.args.get("next", "/")
                return redirect(target if target.startswith("/") and not target.startswith("//") else "/")
            error = "Mật khẩu không đúng."
        return render_template("login.html", error=error), 401 if error else 200

    @app.post("/dang-xuat")
    def logout() -> BaseResponse:
        session.clear()
        return redirect(url_for("login") if site.password_hash else "/")

    @app.errorhandler(RequestEntityTooLarge)
    def too_large(_: RequestEntityTooLarge) -> tuple[str, int]:
        return _problems_page(
            "Tệp quá lớn",
            [
                Problem(
                    f"Tệp tải lên lớn hơn {UPLOAD_LIMIT // 2**20} MB.",
                    hint="Chọn tệp nhỏ hơn, hoặc nhập bằng lệnh vanban import.",
                )
            ],
            413,
        )

    @app.errorhandler(catalogue.NotFoundError)
    def not_found(exc: catalogue.NotFoundError) -> tuple[str, int]:
        return _problems_page("Không tìm thấy", exc.problems, 404)

    @app.errorhandler(VanbanError)
    def failed(exc: VanbanError) -> tuple[str, int]:
        return _problems_page("Không thực hiện được", exc.problems, 400)


def _problems_page(title: str, problems: list[Problem], status: int) -> tuple[str, int]:
    return render_template("problems.html", title=title, problems=[str(p) for p in problems]), status


# --- Văn bản, Soạn thảo, Xem trước ------------------------------------------------------------------------


def _document_pages(app: Flask, site: Site) -> None:
    project = site.project

    @app.get("/")
    def documents() -> Page:
        rows = catalogue.rows(project)
        query = request.args.get("q", "").strip().casefold()
        wanted = request.args.get("trang_thai", "")
        children: dict[str, list[catalogue.Row]] = {}
        for row in rows:
            if row.parent:
                children.setdefault(row.parent, []).append(row)
        shown = [
            row
            for row in rows
            if (not query or query in " ".join([row.file, row.summary, row.issuer, row.number, row.kind]).casefold())
            and (not wanted or row.status.name == wanted)
        ]
        return render_template(
            "documents.html",
            rows=shown,
            total=len(rows),
            children=children,
            statuses=catalogue.Status,
            query=query,
            wanted=wanted,
        )

    @app.route("/moi", methods=["GET", "POST"])
    def new() -> Page:
        issuers = _issuers(project)
        problems: list[str] = []
        if request.method == "POST":
            kind = request.form.get("loai", "")
            issuer = request.form.get("co_quan", "")
            name = request.form.get("ten_tep", "").strip().removesuffix(".yaml")
            if kind not in ("ke-hoach", "huong-dan"):
                problems.append("Chọn loại văn bản: kế hoạch hoặc hướng dẫn.")
            if issuer not in {i.id for i in issuers}:
                problems.append("Chọn cơ quan ban hành trong danh sách.")
            if not FILE_NAME.fullmatch(name):
                problems.append(
                    "Tên tệp chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang, ví dụ: ke-hoach-thang-cong-nhan."
                )
            if not problems:
                path = project.content / f"{name}.yaml"
                if write_new_text(path, starter_text(kind, issuer, f"content/{name}.yaml", dt.date.today())):
                    return redirect(url_for("edit", tep=f"{name}.yaml"))
                problems.append(f"Đã có tệp content/{name}.yaml: chọn tên khác (không ghi đè).")
        return render_template(
            "new.html", issuers=issuers, problems=problems, values=request.form
        ), 422 if problems else 200

    @app.get("/soan")
    def edit() -> Page:
        path = catalogue.content_file(project, request.args.get("tep", ""))
        return _edit_page(site, path, form.open_form(path), saved=bool(request.args.get("da_luu")))

    @app.post("/soan")
    def save_form() -> Page:
        path = catalogue.content_file(project, request.form.get("tep", ""))
        submitted = _submitted_form(path)
        if isinstance(submitted, tuple):
            return submitted
        try:
            form.save(path, submitted, lambda text: catalogue.check_text(project, path, text))
        except form.ConflictError as exc:
            return _edit_page(site, path, submitted, problems=exc.problems, status=409)
        except ContentError as exc:
            return _edit_page(site, path, submitted, problems=exc.problems, status=422)
        return redirect(url_for("edit", tep=catalogue.relative_name(project, path), da_luu=1))

    def _submitted_form(path: Path) -> form.Form | tuple[str, int]:
        opened_as = form.open_form(path)
        fields = {name: request.form.get(name, "") for name in form.HEADER_FIELDS}
        try:
            sections = form.sections_from_json(json.loads(request.form.get("muc_json", "[]")))
        except (ValueError, ContentError) as exc:
            problems = exc.problems if isinstance(exc, ContentError) else [Problem("Dữ liệu biểu mẫu không đúng dạng.")]
            return _problems_page("Không lưu được", problems, 400)
        digest = request.form.get("digest", "")
        return replace(opened_as, fields=fields, sections=sections if not opened_as.inherits else (), digest=digest)

    @app.get("/xem-truoc/trang")
    def preview_pages() -> Response:
        path = catalogue.content_file(project, request.args.get("tep", ""))
        jobs = catalogue.plan_file(project, path)
        wanted = request.args.get("co_quan")
        job = next((j for j in jobs if j.issuer.id == wanted), jobs[0])
        folder = site.previews / fingerprint(job)[:32]
        with _printing:  # one LibreOffice at a time: two tabs previewing at once print one after the other
            if not folder.is_dir():
                data = render_document(job.template, job.context, job.output, False, False).data
                partial = folder.with_name(folder.name + ".tmp")
                shutil.rmtree(partial, ignore_errors=True)
                partial.mkdir(parents=True)
                docx_pages(data, partial)
                partial.rename(folder)
        pages = sorted(folder.glob("trang-*.png"), key=lambda p: int(p.stem.split("-")[1]))
        return Response(
            json.dumps({"trang": [url_for("preview_image", ma=folder.name, so=i + 1) for i in range(len(pages))]}),
            mimetype="application/json",
        )

    @app.get("/xem-truoc/<ma>/<int:so>.png")
    def preview_image(ma: str, so: int) -> BaseResponse:
        if not re.fullmatch(r"[0-9a-f]{32}", ma):
            abort(404)
        image = site.previews / ma / f"trang-{so}.png"
        if not image.is_file():
            abort(404)
        return send_file(image, mimetype="image/png", max_age=3600)


def _issuers(project: Project) -> list[Issuer]:
    return sorted(load_issuers(project.content).values(), key=lambda issuer: issuer.id)


def _edit_page(
    site: Site,
    path: Path,
    value: form.Form,
    saved: bool = False,
    problems: Sequence[Problem] = (),
    status: int = 200,
) -> tuple[str, int]:
    by_field, others = form.field_problems(list(problems), path)
    project = site.project
    issuers = _issuers(project)
    try:
        jobs = catalogue.plan_file(project, path)
    except VanbanError:
        jobs = []
    page = render_template(
        "edit.html",
        name=catalogue.relative_name(project, path),
        form=value,
        sections_json=_script_json([dataclasses.asdict(s) for s in value.sections]),
        by_field=by_field,
        others=others,
        saved=saved,
        issuers=issuers,
        preview_issuers=[(j.issuer.id, " ".join(j.issuer.name_lines)) for j in jobs],
    )
    return page, status


def _script_json(value: Any) -> str:
    """JSON safe inside <script>: no «</script>» or «<!--» can come out of the user's text."""
    text = json.dumps(value, ensure_ascii=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


# --- Ban hành, tải về, Sửa đổi ---------------------------------------------------------------------------


def _issue_pages(app: Flask, site: Site) -> None:
    project = site.project

    @app.get("/ban-hanh")
    def issue() -> Page:
        path = catalogue.content_file(project, request.args.get("tep", ""))
        name = catalogue.relative_name(project, path)
        date = _date(request.args.get("ngay")) or _file_date(project, path)
        try:
            report = build(project, [path], Options(issue=True, issue_date=date, dry_run=True))
        except VanbanError as exc:
            return render_template(
                "issue.html", name=name, date=date, planned=[], problems=[str(p) for p in exc.problems]
            )
        return render_template("issue.html", name=name, date=date, planned=report.planned, problems=[])

    @app.post("/ban-hanh")
    def issue_confirmed() -> Page:
        path = catalogue.content_file(project, request.form.get("tep", ""))
        date = _date(request.form.get("ngay")) or dt.date.today()
        report = build(project, [path], Options(issue=True, issue_date=date))
        files = [str(job.output.resolve().relative_to(project.output.resolve())) for job in report.written]
        return render_template(
            "issued.html",
            name=catalogue.relative_name(project, path),
            written=list(zip(report.written, files, strict=True)),
            failed=[str(p) for _, error in report.failed for p in error.problems],
        )

    @app.get("/tai")
    def download() -> BaseResponse:
        name = request.args.get("tep", "")
        path = (project.output / name).resolve()
        if (
            ".." in Path(name).parts
            or project.output.resolve() not in path.parents
            or path.suffix != ".docx"
            or not path.is_file()
        ):
            abort(404)
        if request.args.get("pdf"):
            pdf = pdf_path(path)
            if not pdf.is_file() or pdf.stat().st_mtime < path.stat().st_mtime:
                report = convert([path])
                if report.failed:
                    raise VanbanError(report.failed)
            return send_file(pdf, as_attachment=True, download_name=pdf.name)
        return send_file(path, as_attachment=True, download_name=path.name)

    @app.get("/sua-doi")
    def amend() -> Page:
        path = catalogue.content_file(project, request.args.get("tep", ""))
        found = compare(project, path, None, None)
        return render_template("amend.html", name=catalogue.relative_name(project, path), found=found, done=None)

    @app.post("/sua-doi")
    def amend_write() -> Page:
        path = catalogue.content_file(project, request.form.get("tep", ""))
        found = compare(project, path, None, None)
        now = dt.datetime.now(dt.UTC)
        redlines = [write_redline(c, now) for c in found if c.changes]
        written = write_amendments(found, lambda p: p.resolve().relative_to(project.root.resolve()).as_posix())
        done = {
            "redlines": [str(p.resolve().relative_to(project.output.resolve())) for p in redlines],
            "amendments": [(catalogue.relative_name(project, p), new) for p, new in written.items()],
        }
        return render_template("amend.html", name=catalogue.relative_name(project, path), found=found, done=done)


def _date(text: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text) if text else None
    except ValueError:
        return None


def _file_date(project: Project, path: Path) -> dt.date:
    """The date written in the content file (what --ban-hanh must match), else today."""
    jobs = catalogue.plan_file(project, path)
    return jobs[0].document.date if jobs and jobs[0].document.date_written else dt.date.today()


# --- Sổ văn bản đi ------------------------------------------------------------------------------------------


def _register_pages(app: Flask, site: Site) -> None:
    register_file = register_path(site.project.root)

    def where() -> Filter:
        year = request.args.get("nam", "")
        status = request.args.get("trang_thai", "")
        return Filter(
            issuer=request.args.get("co_quan") or None,
            year=int(year) if year.isdigit() else None,
            status=Status(status) if status in {s.value for s in Status} else None,
        )

    @app.get("/so")
    def register() -> Page:
        entries = []
        if register_file.exists():
            with Register.open(register_file) as opened:
                entries = opened.entries(where())
        return render_template("register.html", entries=entries, statuses=Status, args=request.args)

    @app.get("/so/xuat.csv")
    def register_csv() -> BaseResponse:
        with tempfile.TemporaryDirectory(prefix="vanban-so-") as folder:
            target = Path(folder) / "so-van-ban-di.csv"
            with Register.open(register_file) as opened:
                export_csv(opened, target, where())
            data = target.read_bytes()
        return send_file(io.BytesIO(data), mimetype="text/csv", as_attachment=True, download_name="so-van-ban-di.csv")


# --- Nhập ----------------------------------------------------------------------------------------------------


def _import_pages(app: Flask, site: Site) -> None:
    project = site.project

    @app.route("/nhap", methods=["GET", "POST"])
    def upload() -> Page:
        if request.method == "GET":
            return render_template("import.html", summary=None, problems=[])
        sent = request.files.get("tep")
        if sent is None or not sent.filename:
            return render_template("import.html", summary=None, problems=["Chọn một tệp .docx, .pdf hoặc .txt."]), 422
        try:
            token, path = stored_upload(site.uploads, sent.stream.read(UPLOAD_LIMIT + 1), sent.filename)
            imported = read_document(path)
        except VanbanError as exc:
            return render_template("import.html", summary=None, problems=[str(p) for p in exc.problems]), 422
        issuers = _issuers(project)
        suggested = re.sub(r"[^a-z0-9]+", "-", Path(sent.filename).stem.lower()).strip("-") or "van-ban-nhap"
        return render_template(
            "import.html",
            summary=imported.summary(),
            notes=imported.notes.items,
            token=token,
            suggested=suggested,
            issuers=issuers,
            problems=[],
        )

    @app.post("/nhap/luu")
    def import_save() -> Page:
        path = upload_path(site.uploads, request.form.get("token", ""))
        name = request.form.get("ten_tep", "").strip().removesuffix(".yaml")
        if not FILE_NAME.fullmatch(name):
            raise ContentError(
                Problem("Tên tệp chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang.", field="ten_tep")
            )
        issuer = request.form.get("co_quan") or None
        target = project.content / f"{name}.yaml"
        save(read_document(path), target, issuer, overwrite=False)
        return redirect(url_for("edit", tep=f"{name}.yaml"))
