"""The SQL store: models, repositories, unit of work, migrations."""
