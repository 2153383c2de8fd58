"""`vanban build`, `vanban new`, `vanban schema`."""

from __future__ import annotations

import json

import click

from ..schema import ContentFile
from .common import command, reports_errors


@command("schema", help="In JSON Schema của tệp nội dung (để trình soạn thảo gợi ý và kiểm tra khóa).")
@reports_errors
def schema() -> None:
    click.echo(json.dumps(ContentFile.model_json_schema(by_alias=True), ensure_ascii=False, indent=2))
