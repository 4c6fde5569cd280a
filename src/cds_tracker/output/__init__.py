"""Everything a person or a program reads: the words in Vietnamese and English (`words`), table
rows and JSON records (`tables`), terminal screens (`screen`), the emitter for
table/json/csv/markdown, documents (xlsx, ics, html, Word under `docx/`) and writing a finished
file (`files`). Only the CLI prints what these return."""
