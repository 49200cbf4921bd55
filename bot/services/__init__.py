"""Use cases. Plain data in, plain data out; nothing here knows a messenger exists."""
