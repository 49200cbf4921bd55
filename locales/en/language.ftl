## Choosing the interface language.

language-choose = Please choose your language:
language-changed = Done. I will speak English with you from now on.
