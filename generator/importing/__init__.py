"""`vanban import`: an existing kế hoạch / hướng dẫn (.docx or .txt) → a content file (issue 6).

docxblocks (a .docx's paragraphs and data tables) → lines (clean NFC lines and columns; a data
table as one line, read by grid into a `bang:` entry) → header (cơ quan, Số, date, type, trích yếu) → body (section
tree from the markers) → tail (closing, signature, Nơi nhận) → writer (YAML content file and
issuer profile). `reading.read_documents` runs the recognition on each document of the file
(`read_document`: the first only); `writer.save` writes the files of one, `saving.save_all` of all.
"""

from .reading import Imported, read_document, read_documents
from .saving import save_all
from .writer import save

__all__ = ["Imported", "read_document", "read_documents", "save", "save_all"]
