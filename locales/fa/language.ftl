## Choosing the interface language.

language-choose = لطفاً زبان مورد نظر خود را انتخاب کنید:
language-changed = انجام شد. از این پس به زبان فارسی با شما گفت‌وگو می‌کنم.
