"""Pure ranking code: plain data in, rankings with reasons out. No database, no GraphQL."""
