"""The web page in a real browser (Debian's chromium driven by playwright), end to end (issue 17):
create a plan from the starter, fill it, see the preview, issue it, find it in the register, amend
it, download the redline; two tabs saving one file; the upload limit; the password.

Screenshots of the main pages go to $VANBAN_SCREENSHOTS when it is set (docs/web/ is made so)."""

from __future__ import annotations

import io
import os
import shutil
import threading
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import FIXTURES
from playwright.sync_api import Browser, Page, expect, sync_playwright
from werkzeug.serving import make_server

from generator.web.app import create_app
from generator.web.security import hash_password
from generator.web.uploads import UPLOAD_LIMIT

CHROMIUM = "/usr/bin/chromium"
pytestmark = pytest.mark.skipif(
    not Path(CHROMIUM).is_file() or shutil.which("soffice") is None,
    reason="Debian chromium (/usr/bin/chromium) hoặc LibreOffice không có: .ci/run cài chúng",
)
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking"]
FILLED = "Nội dung đã điền"


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield launched
        launched.close()


def serve(root: Path, password_hash: str | None = None) -> Iterator[str]:
    server = make_server("127.0.0.1", 0, create_app(root, password_hash, root / ".web"), threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        thread.join()


@pytest.fixture
def site(project: Path) -> Iterator[str]:
    yield from serve(project)


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(accept_downloads=True, viewport={"width": 1400, "height": 1000})
    yield context.new_page()
    context.close()


def shot(page: Page, name: str) -> None:
    folder = os.environ.get("VANBAN_SCREENSHOTS")
    if folder:
        page.screenshot(path=str(Path(folder) / f"{name}.png"), full_page=True)


def fill_placeholders(page: Page) -> int:
    """Type real text into every field the starter left as «…», the way a user fills the form — once editor.js
    has built the section tree from its JSON (read before that, under load, only the header's fields exist)."""
    expect(page.locator("#cay-muc .muc").first).to_be_visible()
    filled = 0
    for field in page.locator("#soan textarea, #soan input:not([type=hidden]):not([disabled])").all():
        value = field.input_value()
        if "…" in value:
            field.fill(value.replace("…", FILLED.lower() if value.strip() != "…" else FILLED))
            filled += 1
    return filled


def test_create_fill_preview_issue_register_amend_and_download_the_redline(
    site: str, page: Page, project: Path
) -> None:
    page.goto(site + "/moi")
    page.select_option("select[name=loai]", "ke-hoach")
    page.select_option("select[name=co_quan]", "cdcs-thu")
    page.fill("input[name=ten_tep]", "ke-hoach-moi")
    page.click("button[type=submit]")
    expect(page.locator("h1")).to_contain_text("content/ke-hoach-moi.yaml")
    path = project / "content" / "ke-hoach-moi.yaml"
    comment = path.read_text(encoding="utf-8").splitlines()[0]
    assert comment.startswith("# Tệp nội dung kế hoạch")

    assert fill_placeholders(page) >= 8
    page.click("#them-muc")  # a new last section, moved up above «Tổ chức thực hiện»
    new = page.locator("#cay-muc > fieldset.muc").last
    new.locator(":scope > label > [data-k=title]").fill("Kinh phí")
    new.locator(":scope > label > [data-k=items]").fill("Từ nguồn kinh phí công đoàn.\n  Chi theo quy định.")
    new.locator("button.len").click()
    page.locator("#cay-muc > fieldset.muc").nth(2).locator("button.them-bang").click()  # a table in «Giải pháp»
    table = page.locator("#cay-muc > fieldset.muc").nth(2).locator(".bang")
    table.locator("tbody input.o").nth(0).fill("Tuyên truyền")
    table.locator("tbody input.o").nth(1).fill("Tháng 5")
    table.locator("tbody input.o").nth(2).fill("Ban Chấp hành")
    page.click("#luu")
    expect(page.locator(".ok")).to_contain_text("Đã lưu")

    text = path.read_text(encoding="utf-8")
    assert text.splitlines()[0] == comment  # the user's comments stay
    assert "…" not in text.split("\n", 3)[3].split("# nguoi_ky")[0]
    assert text.index("tieu_de: Kinh phí") < text.index("tieu_de: Tổ chức thực hiện")
    assert "noi_dung: Từ nguồn kinh phí công đoàn." in text and "- Chi theo quy định." in text
    assert "Tuyên truyền" in text

    expect(page.locator("#trang img.page").first).to_be_visible(timeout=60_000)  # Xem trước: printed pages
    shot(page, "soan-thao")

    page.click("text=Ban hành…")
    expect(page.locator("#se-cap .so")).to_have_text("Số: 01/KH-CĐCS")
    shot(page, "ban-hanh")
    page.click("#xac-nhan")
    expect(page.locator("#da-cap .so")).to_have_text("Số: 01/KH-CĐCS")
    with page.expect_download() as download:
        page.click("#da-cap a.docx")
    issued = Path(download.value.path()).read_bytes()
    assert "01/KH-CĐCS" in zipfile.ZipFile(io.BytesIO(issued)).read("word/document.xml").decode()

    page.click("text=Xem sổ văn bản đi")
    expect(page.locator("#so .so")).to_have_text(["01/KH-CĐCS"])
    shot(page, "so-van-ban-di")

    page.goto(site + "/")
    row = page.locator("#van-ban tr[data-tep='ke-hoach-moi.yaml']")
    expect(row.locator(".status")).to_contain_text("đã ban hành")
    page.goto(site + "/soan?tep=ke-hoach-moi.yaml")
    page.locator("#cay-muc > fieldset.muc").nth(1).locator(":scope > label > [data-k=title]").fill("Nội dung hoạt động")
    page.click("#luu")
    expect(page.locator(".ok")).to_be_visible()
    page.goto(site + "/")
    expect(row.locator(".status")).to_have_text("đã ban hành nhưng nội dung đã đổi (phiên bản 1)")
    shot(page, "van-ban")

    row.locator("text=Sửa đổi").click()
    expect(page.locator("ol.changes")).to_contain_text("Nội dung hoạt động")
    page.click("#lap-sua-doi")
    expect(page.locator("#da-lap a.amendment")).to_be_visible()
    shot(page, "sua-doi")
    with page.expect_download() as download:
        page.click("#da-lap a.redline")
    redline = zipfile.ZipFile(download.value.path()).read("word/document.xml").decode()
    assert '<w:ins w:id="1" w:author="vanban"' in redline and "> HOẠT ĐỘNG</w:t></w:r></w:ins>" in redline
    assert list((project / "content").glob("ke-hoach-moi*sua-doi*.yaml"))


def test_the_second_tab_saving_the_same_file_is_refused_and_nothing_is_lost(
    site: str, browser: Browser, project: Path
) -> None:
    context = browser.new_context()
    first, second = context.new_page(), context.new_page()
    for tab in (first, second):
        tab.goto(site + "/soan?tep=ke-hoach.yaml")
    first.fill("textarea[name=trich_yeu]", "Tổ chức Tháng Công nhân năm 2026 (tab một)")
    first.click("#luu")
    expect(first.locator(".ok")).to_be_visible()
    second.fill("textarea[name=trich_yeu]", "Tổ chức Tháng Công nhân năm 2026 (tab hai)")
    second.click("#luu")
    expect(second.locator("#loi")).to_contain_text("Tệp đã được sửa ở nơi khác")
    expect(second.locator("textarea[name=trich_yeu]")).to_have_value("Tổ chức Tháng Công nhân năm 2026 (tab hai)")
    assert "(tab một)" in (project / "content" / "ke-hoach.yaml").read_text(encoding="utf-8")
    context.close()


def test_an_invalid_value_is_shown_on_its_field_and_the_file_is_untouched(site: str, page: Page, project: Path) -> None:
    before = (project / "content" / "ke-hoach.yaml").read_bytes()
    page.goto(site + "/soan?tep=ke-hoach.yaml")
    page.fill("input[name=ngay]", "2026-02-30")
    page.click("#luu")
    expect(page.locator("label:has(input[name=ngay]) .field-error")).to_contain_text("Ngày không hợp lệ")
    assert (project / "content" / "ke-hoach.yaml").read_bytes() == before


def test_an_upload_over_the_limit_or_of_another_type_is_refused_and_a_real_one_imports(
    site: str, page: Page, project: Path
) -> None:
    page.goto(site + "/nhap")
    page.set_input_files(
        "input[name=tep]",
        {"name": "lon.docx", "mimeType": "application/octet-stream", "buffer": b"PK\x03\x04" + b"0" * UPLOAD_LIMIT},
    )
    page.click("button[type=submit]")
    expect(page.locator("h1")).to_have_text("Tệp quá lớn")
    page.goto(site + "/nhap")
    page.set_input_files(
        "input[name=tep]", {"name": "anh.docx", "mimeType": "image/png", "buffer": b"\x89PNG\r\n\x1a\n\x00\x00"}
    )
    page.click("button[type=submit]")
    expect(page.locator(".problems")).to_contain_text("không phải văn bản")

    page.goto(site + "/nhap")
    page.set_input_files(
        "input[name=tep]", str(FIXTURES / "corpus" / "docx" / "06_kh-doan-xa-phuc-thinh-dem-nhac-xuan-yeu-thuong.docx")
    )
    page.click("button[type=submit]")
    expect(page.locator("#doc-duoc")).to_contain_text("Xuân yêu thương")
    shot(page, "nhap")
    page.fill("input[name=ten_tep]", "huong-dan-nhap")
    page.click("#luu-nhap")
    expect(page.locator("h1")).to_contain_text("content/huong-dan-nhap.yaml")
    assert (project / "content" / "huong-dan-nhap.yaml").is_file()


def test_with_a_password_every_page_asks_to_log_in(browser: Browser, project: Path) -> None:
    for address in serve(project, hash_password("mat-khau-dung")):
        page = browser.new_page()
        page.goto(address + "/soan?tep=ke-hoach.yaml")
        expect(page.locator("h1")).to_have_text("Đăng nhập")
        page.fill("input[name=mat_khau]", "sai-mat-khau")
        page.click("button[type=submit]")
        expect(page.locator(".error")).to_have_text("Mật khẩu không đúng.")
        page.fill("input[name=mat_khau]", "mat-khau-dung")
        page.click("button[type=submit]")
        expect(page.locator("h1")).to_contain_text("Soạn thảo")
        page.click("text=Đăng xuất")
        expect(page.locator("h1")).to_have_text("Đăng nhập")
        page.close()
