## Choosing the interface language.

language-choose = Тілді таңдаңыз:
language-changed = Орындалды. Бұдан былай Сізбен қазақ тілінде сөйлесемін.
