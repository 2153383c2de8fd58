"""Exports of written documents: PDF through LibreOffice (pdf.py), page images (preview.py)."""
