"""Developer and installer tools: self-test, screenshots, layout check, translations build."""
