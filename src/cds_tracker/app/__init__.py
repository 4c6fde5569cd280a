"""Running a command: which registry is in use (`discovery`), opening it with its cache
(`opening`, `cache`, `userdirs`), one function per command (`commands`, `documents`), `cds init`
(`setup`), `cds validate` (`validate`) and e-mailing letters (`sending`)."""
