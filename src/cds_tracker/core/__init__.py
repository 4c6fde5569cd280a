"""What every layer shares and nothing else: the records (`records`, with their field
constraints in `constraints`), errors as values (`errors`), dates and months (`dates`: where a
month or a day is parsed), text folding and suggestions (`text`), and safe file writes
(`atomic`, `files`). Imports nothing else of cds."""
