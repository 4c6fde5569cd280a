"""The registry file: reading bytes (`yamlio`), checking them through the records (`models`,
`loading` → `(registry, problems)` with `file:line:col`), the rules that span records (`rules`),
the unit catalog and how a cell's text or a typed name resolves to units (`units`), and the JSON
Schema for editors (`schema`)."""
