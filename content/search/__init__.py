"""Registry search: find a licensed agency or a warning-list entry from whatever a traveller types.

`normalize` makes comparable keys, `index.build_index` adds the search tables to a new content.db, and
`engine.RegistrySearch` answers per-keystroke queries from them. No Qt here: the UI and the CLI both use it.
"""
