"""Progress files, one per unit under `progress/`: where they are (`files`), reading and checking
them (`reading`, with the pydantic-free `fast_check`), the rules a reader and a writer share
(`rules`), building a new entry from `cds progress add` (`new_entry`), and appending it
atomically under a lock (`writing`, `tail`, `locking`)."""
