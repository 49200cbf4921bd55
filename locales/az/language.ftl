## Choosing the interface language.

language-choose = Zəhmət olmasa, dili seçin:
language-changed = Dil dəyişdirildi. Bundan sonra Sizinlə Azərbaycan dilində danışacağam.
