"""`python -m schema` prints the SDL; `python -m schema --write` updates schema/schema.graphql."""

from __future__ import annotations

import sys

from schema.schema import SDL_PATH, sdl

if __name__ == "__main__":
    if "--write" in sys.argv[1:]:
        SDL_PATH.write_text(sdl(), encoding="utf-8")
    else:
        sys.stdout.write(sdl())
