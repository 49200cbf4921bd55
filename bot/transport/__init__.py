"""The messenger side: bots, sessions, middlewares, keyboards and callback data (aiogram)."""
