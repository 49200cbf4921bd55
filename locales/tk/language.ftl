## Söhbetdeşlik dilini saýlamak.

language-choose = Haýyş edýäris, dili saýlaň:
language-changed = Taýýar. Mundan beýläk men Siz bilen türkmen dilinde gürleşerin.
