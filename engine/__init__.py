"""The civicmatch domain: models, persistence, services, batch runs, configuration and CLI."""
