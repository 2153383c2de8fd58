"""The web page's guards without a browser (Flask's test client): CSRF, paths from the browser,
uploads by their bytes, the password, and user text kept as data (issue 17, points 1 and 4)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import GOOD
from flask.testing import FlaskClient

from generator.cli import main
from generator.web.app import create_app
from generator.web.security import PASSWORD_FILE, hash_password, is_local, verify
from generator.web.uploads import kind_of, stored_upload, upload_path


@pytest.fixture
def client(project: Path) -> FlaskClient:
    return create_app(project, None, project / ".web").test_client()


def token(client: FlaskClient) -> str:
    found = re.search(r'name="_csrf" value="([^"]+)"', client.get("/moi").get_data(as_text=True))
    assert found
    return found.group(1)


def test_a_post_without_the_session_csrf_token_is_refused_and_writes_nothing(
    client: FlaskClient, project: Path
) -> None:
    token(client)
    form = {"loai": "ke-hoach", "co_quan": "cdcs-thu", "ten_tep": "moi"}
    refused = client.post("/moi", data={**form, "_csrf": "doan-bua"})
    assert refused.status_code == 400 and "Biểu mẫu đã cũ" in refused.get_data(as_text=True)
    assert not (project / "content" / "moi.yaml").exists()
    assert client.post("/moi", data={**form, "_csrf": token(client)}).status_code == 302
    assert (project / "content" / "moi.yaml").is_file()


@pytest.mark.parametrize(
    "url",
    [
        "/soan?tep=../so-van-ban-di.sqlite3",
        "/soan?tep=/etc/passwd",
        "/soan?tep=co-quan/cdcs-thu.yaml",  # a profile is not a content file
        "/soan?tep=khong-co.yaml",
        "/ban-hanh?tep=..%2Fcontent%2Fke-hoach.yaml",
        "/tai?tep=../content/ke-hoach.yaml",
        "/tai?tep=/etc/passwd",
        "/xem-truoc/..%2F..%2Fetc/1.png",
        "/xem-truoc/0123456789abcdef0123456789abcdef/1.png",
    ],
)
def test_paths_from_the_browser_outside_the_project_are_not_found(client: FlaskClient, url: str) -> None:
    assert client.get(url).status_code == 404


def test_a_new_file_name_is_checked_and_an_existing_file_is_never_overwritten(
    client: FlaskClient, project: Path
) -> None:
    for name, message in (("../thoat", "Tên tệp chỉ gồm"), ("ke-hoach", "Đã có tệp content/ke-hoach.yaml")):
        page = client.post(
            "/moi", data={"loai": "ke-hoach", "co_quan": "cdcs-thu", "ten_tep": name, "_csrf": token(client)}
        )
        assert page.status_code == 422 and message in page.get_data(as_text=True)
    assert (project / "content" / "ke-hoach.yaml").read_text(encoding="utf-8") == GOOD


def test_user_text_is_shown_as_text_never_as_html(client: FlaskClient, project: Path) -> None:
    hostile = GOOD.replace("Tổ chức Tháng Công nhân năm 2026", "Tháng Công nhân </script><script>alert(1)</script>")
    (project / "content" / "ke-hoach.yaml").write_text(hostile, encoding="utf-8")
    listing = client.get("/").get_data(as_text=True)
    assert "<script>alert(1)" not in listing and "&lt;script&gt;alert(1)" in listing
    editing = client.get("/soan?tep=ke-hoach.yaml").get_data(as_text=True)
    assert "<script>alert(1)" not in editing


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"PK\x03\x04rest", ".docx"),
        (b"%PDF-1.7\n", ".pdf"),
        (bytes.fromhex("D0CF11E0A1B11AE1") + b"\0" * 8, ".doc"),
        ("Kế hoạch số 1".encode(), ".txt"),
        (b"\x89PNG\r\n\x1a\n\0\0", None),
        (b"text with a NUL \0 byte", None),
        ("Kế hoạch".encode("utf-16"), None),
    ],
)
def test_an_upload_is_typed_by_its_first_bytes(data: bytes, kind: str | None) -> None:
    assert kind_of(data) == kind


def test_an_upload_is_kept_under_a_random_token_and_only_that_token_finds_it(tmp_path: Path) -> None:
    token_, path = stored_upload(tmp_path, b"%PDF-1.4 x", "../../ten-la.docx")
    assert path.parent == tmp_path and path.suffix == ".pdf" and "ten-la" not in path.name
    assert upload_path(tmp_path, token_) == path
    for forged in ("../" + token_, "*", token_[:-1] + "?"):
        with pytest.raises(Exception, match="không còn"):
            upload_path(tmp_path, forged)


def test_a_password_is_stored_hashed_and_checked_in_constant_time_form() -> None:
    stored = hash_password("mat-khau-dai")
    assert "mat-khau-dai" not in stored and stored.startswith("scrypt$")
    assert verify("mat-khau-dai", stored) and not verify("mat-khau-sai", stored) and not verify("x", "rac")
    assert hash_password("mat-khau-dai") != stored  # a new salt each time


@pytest.mark.parametrize(
    ("host", "local"),
    [("127.0.0.1", True), ("localhost", True), ("::1", True), ("0.0.0.0", False), ("192.168.1.5", False)],
)
def test_only_loopback_addresses_count_as_this_computer(host: str, local: bool) -> None:
    assert is_local(host) is local


def test_vanban_web_on_the_network_without_a_password_refuses_to_start(project: Path) -> None:
    result = CliRunner().invoke(main, ["web", "--host", "0.0.0.0", "--khong-mo", "--thu-muc", str(project)])
    assert result.exit_code == 2
    assert "cần mật khẩu" in result.stderr and "vanban web --dat-mat-khau" in result.stderr


def test_vanban_web_dat_mat_khau_stores_the_hash_only(project: Path) -> None:
    result = CliRunner().invoke(
        main, ["web", "--dat-mat-khau", "--thu-muc", str(project)], input="mat-khau-dai\nmat-khau-dai\n"
    )
    assert result.exit_code == 0, result.output
    stored = (project / PASSWORD_FILE).read_text(encoding="ascii").strip()
    assert verify("mat-khau-dai", stored) and "mat-khau-dai" not in stored
    assert (project / PASSWORD_FILE).stat().st_mode & 0o077 == 0
    short = CliRunner().invoke(main, ["web", "--dat-mat-khau", "--thu-muc", str(project)], input="ngan\nngan\n")
    assert short.exit_code == 2 and "quá ngắn" in short.stderr


def test_with_a_password_a_page_redirects_to_the_login_and_a_wrong_password_stays_out(project: Path) -> None:
    client = create_app(project, hash_password("mat-khau-dai"), project / ".web").test_client()
    assert client.get("/so").status_code == 302
    login = client.get("/dang-nhap").get_data(as_text=True)
    csrf = re.search(r'name="_csrf" value="([^"]+)"', login)
    assert csrf
    assert client.post("/dang-nhap", data={"mat_khau": "sai", "_csrf": csrf.group(1)}).status_code == 401
    assert (
        client.post(
            "/dang-nhap?next=//evil.example/", data={"mat_khau": "mat-khau-dai", "_csrf": csrf.group(1)}
        ).headers["Location"]
        == "/"
    )
    assert client.get("/so").status_code == 200
