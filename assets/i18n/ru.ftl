menu-language = Язык

## Countries and sectors
country-chn = Китай
country-ind = Индия
country-rus = Россия
country-irn = Иран
country-pak = Пакистан
country-kaz = Казахстан
country-uzb = Узбекистан
country-blr = Беларусь
country-kgz = Кыргызстан
country-tjk = Таджикистан
country-mng = Монголия
country-afg = Афганистан
sector-energy = Энергетика
sector-renewables = Возобновляемая энергетика
sector-transport = Транспорт и логистика
sector-machinery = Машиностроение
sector-electronics = Электроника и ИКТ
sector-chemicals = Химия и нефтехимия
sector-metals = Металлургия и горнодобыча
sector-pharma = Фармацевтика и биомедицина
sector-agriculture = Сельское хозяйство и продовольствие
sector-industrial-parks = Индустриальные парки
