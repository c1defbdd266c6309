"""Ask a question: answers taken verbatim from verified content, ranked by word overlap that tolerates
typos, scripts and word endings (content/search/normalize.py's keys). Nothing here generates text."""
