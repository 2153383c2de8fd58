"""Sửa đổi, bổ sung: comparing an issued version with the current content (changes.py, citing.py)."""
