"""Everything a person or a program reads. Commands build a `report.Report` (blocks of lines,
grids and tables, plus JSON data and the CSV columns) with `views` (and `views_units`,
`views_entries`, `views_target`, `views_summary`); `emit.render` is the one emitter for
table/json/csv/markdown, drawing screens through `screen`; only the CLI prints what it returns.
Words come from `words.label`, status colours and glyphs from `styles`, JSON shapes from
`tables.record` and `records`, and each output kind makes text safe in `sanitize`. Documents:
`xlsx`, `ics`, `html`, `reminders` (Markdown notes), Word under `docx/`; `problems` formats
validation problems; `files` writes a finished file."""
