"""Chinese text: TF-IDF over words and characters, word-level synonyms, and reading a
viewer's chat message into a profile with its dictionaries."""
