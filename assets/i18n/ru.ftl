# Русский перевод. Термины: shared/design/glossary.md.
menu-language = Язык

## Диалоги
button-ok = ОК
button-cancel = Отмена
button-close = Закрыть
dialog-unsaved-title = Несохранённые изменения
dialog-unsaved-body = В «{ $name }» есть несохранённые изменения.
dialog-save-first = Сначала сохранить
dialog-discard-changes = Не сохранять
dialog-path-entry-body = Системный диалог выбора файла здесь недоступен; введите путь вручную.
dialog-path = Путь:
dialog-open-failed-title = Не удалось открыть файл «{ $name }»
dialog-open-failed-body = Открытый сценарий не изменён. Исправьте в файле следующее и откройте его снова:
dialog-open-failed-body-start = Вместо него открыт встроенный базовый сценарий. Исправьте в файле следующее и откройте его снова:
dialog-save-failed-title = Не удалось сохранить
dialog-save-failed-body = Ваши изменения на месте. Сохраните их в другом месте или устраните проблему и сохраните снова.
dialog-pin-offer-title = Закрепить сценарий сравнения, указанный в файле?
dialog-pin-offer-body = Этот сценарий ссылается на файл сравнения вне своей папки. Он будет прочитан, только если вы разрешите:
dialog-pin-it = Закрепить
dialog-not-now = Не сейчас
dialog-recover-title = Восстановить несохранённую работу?
dialog-recover-body = При последнем аварийном закрытии приложения была сохранена копия несохранённой работы над { $scenario }.
dialog-recover-it = Восстановить
dialog-discard-it = Удалить копию

recovery-describe-file = «{ $title }» ({ $file })
recovery-describe-unsaved = «{ $title }» (не сохранялся)

properties-title = Свойства сценария
properties-body = Эти сведения хранятся в файле, чтобы каждый, кто его откроет, знал, о чём он.
properties-field-title = Название
properties-author = Автор
properties-question = Вопрос сценария
properties-notes = Примечания

## Уведомления
notice-wrote-csv = { $count ->
    [one] Записан { $count } CSV-файл
    [few] Записано { $count } CSV-файла
    [other] Записано { $count } CSV-файла
   *[many] Записано { $count } CSV-файлов
} в { $folder }
notice-opened = Открыт файл { $path }
notice-open-failed = Не удалось открыть файл { $path }
notice-reading-reference = Чтение сценария сравнения { $path }…
notice-comparing = Сравнение: { $reference }
notice-cannot-compare = Сравнение невозможно ({ $reference }): { $reason }
notice-cannot-pin-again = В файле указан сценарий сравнения ({ $reference }), который здесь нельзя закрепить снова
notice-saved = Сохранено: { $path }
notice-not-saved = Не сохранено: изменения пока есть только в этом окне
notice-copied-chart = Диаграмма скопирована ({ $width } × { $height } пикс.)
notice-cannot-encode = не удалось закодировать изображение: { $reason }
notice-saved-chart = Диаграмма сохранена в { $path }
notice-wrote-brief = Аналитическая записка сохранена в { $path }
notice-brief-waiting = Аналитическая записка будет записана, когда завершится расчёт неопределённости…
notice-new-from-preset = Новый сценарий на основе готового
notice-preset-unreadable = Не удалось прочитать готовый сценарий { $id }
notice-properties-changed = Свойства изменены (команда «Отменить» вернёт их)
notice-not-compared = Сравнение с файлом { $path } не выполнено

reference-preset = готовый сценарий «{ $id }»
reference-file = файл { $path }
reference-snapshot = снимок { $what }

purpose-open = Открыть файл сценария
purpose-save-as = Сохранить сценарий как
purpose-export-folder = Экспорт CSV-файлов в папку
purpose-pin-reference = Закрепить файл сценария для сравнения
purpose-save-chart = Сохранить диаграмму как PNG
purpose-save-svg = Сохранить диаграмму в SVG
purpose-export-brief = Аналитическая записка (HTML)
filter-scenario = Сценарий (RON)
filter-png = Изображение PNG
filter-svg = Векторный файл SVG
filter-html = Веб-страница (HTML)
# The type of a scenario file in a file manager (packaging/linux/sco-explorer.xml, tested to match).
file-type-scenario = Сценарий финансирования развития ШОС

reference-cannot-start = приложение не смогло начать чтение ({ $reason })
reference-stopped = чтение неожиданно прервалось
reference-refused = Сценарий сравнения { $path } не удалось закрепить: { $reason }
reference-invalid = это недопустимый сценарий ({ $count ->
    [one] { $count } проблема
    [few] { $count } проблемы
    [other] { $count } проблемы
   *[many] { $count } проблем
})

## Окно
app-name = Сценарии финансирования развития ШОС
# The packages' desktop entry and the Windows README (packaging/), tested to match.
app-summary = Сценарии для предлагаемого Банка развития ШОС и совместного инвестиционного фонда: потоки финансирования, капитал банка и доходность фонда
panel-assumptions = Допущения
panel-hide = Скрыть
panel-hide-hint = Скрыть эту панель (Вид › Панель допущений вернёт её)
panel-show = ▶ Допущения
panel-show-hint = Показать панель допущений
window-title = { $name }{ $mark } — { app-name }
document-not-saved = { $title } (не сохранён)

## Веб-версия
web-cannot-start = Программа не запустилась в этом браузере: { $reason }. Нужен современный Chrome, Edge, Firefox или Safari с поддержкой WebGL2.
web-no-storage = Браузер ничего не хранит для этой страницы (хранилище отключено или окно приватное), поэтому несохранённую работу нельзя сберечь на случай перезагрузки.
web-storage-full = Хранилище браузера для этой страницы заполнено, копию несохранённой работы сохранить не удалось.
web-download-failed = Браузер не принял загрузку файла «{ $name }».
web-drop-unreadable = Браузер не смог прочитать перетащенный файл «{ $name }»: { $reason }
notice-downloaded = Файл «{ $name }» загружен (он в папке загрузок браузера)
notice-downloaded-csv = Загружен файл «{ $name }»: { $count ->
    [one] { $count } файл CSV
    [few] { $count } файла CSV
    [other] { $count } файла CSV
   *[many] { $count } файлов CSV
} в одном архиве zip

## Строка состояния
status-problems = ! { $count ->
    [one] { $count } проблема
    [few] { $count } проблемы
    [other] { $count } проблемы
   *[many] { $count } проблем
}: { $first }. Диаграммы показывают последний допустимый сценарий.
status-no-guardrail = Кредитование не упирается ни в одно ограничение.
status-and-more = { $sentences } (и ещё { $more })
file-state-unsaved = Есть несохранённые изменения
file-state-saved = Сохранено
file-state-never-saved = Ещё не сохранён в файл

## Меню
menu-file = Файл
menu-new-from-preset = Новый из готового сценария
menu-open = Открыть…
menu-open-recent = Недавние
menu-save = Сохранить
menu-save-as = Сохранить как…
menu-export-csv = Экспорт CSV…
menu-export-brief = Экспорт аналитической записки…
menu-export-brief-hint = Один HTML-файл для аналитической записки: вопрос, основные показатели, ключевые диаграммы, отличающиеся допущения и сам сценарий; открывается в любом браузере и печатается в PDF
menu-properties = Свойства…
menu-quit = Выход
menu-edit = Правка
menu-undo = Отменить
menu-redo = Повторить
menu-view = Вид
menu-assumptions-panel = Панель допущений
menu-theme = Оформление
menu-theme-system = Как в системе
menu-theme-light = Светлое
menu-theme-dark = Тёмное

## Готовые сценарии: названия и вопросы
preset-baseline-title = Базовый сценарий
preset-baseline-question = Банк размером с НБР (подписной капитал 50 млрд долл. США, 20 % оплачивается за пять лет, смешанное распределение долей: 40 % поровну, 60 % по ВВП, не более 30 % на одного члена) кредитует с 2027 года при росте спроса как у АБИИ, а совместный инвестиционный фонд на 5 млрд долл. США вкладывает в машиностроение, электронику и химию. Что может профинансировать банк такого размера и когда исчерпается его капитал?
preset-author = Готовые сценарии программы
preset-ndb-equal-shares-title = Равные доли, как в НБР
preset-ndb-equal-shares-question = Каждое государство-член подписывается на одинаковую долю, как пять учредителей Нового банка развития. Кто платит больше, а кто меньше, чем при смешанном правиле базового сценария, и меняется ли направление средств?
preset-aiib-gdp-100bn-title = Доли по ВВП, как в АБИИ, 100 млрд долл. США
preset-aiib-gdp-100bn-question = Подписной капитал 100 млрд долл. США (как у АБИИ), доли по ВВП с ограничением 30 % и более высокий потолок одобрений. Насколько больше сможет кредитовать банк вдвое крупнее базового и какую долю капитала внесут Китай и Индия?
preset-green-corridors-title = Зелёные коридоры
preset-green-corridors-question = Приоритет возобновляемой энергетики и транспорта повышен, нефти и газа — понижен, в соответствии с призывом ШОС создавать «зелёные» промышленные коридоры (по публикациям о ШОС). Как меняется отраслевая структура заимствований каждой страны? (Отраслевые приоритеты действуют внутри портфеля проектов каждой страны; доли стран определяются весами портфеля.)
preset-industrial-fund-push-title = Рывок промышленного фонда
preset-industrial-fund-push-question = Совместный инвестиционный фонд на 20 млрд долл. США (мандат, одобренный на саммите в Астане в 2024 году: машиностроение, электроника, химия) инвестирует в течение шести лет и привлекает соинвестиции в объёме, в 2,5 раза превышающем его вложения. Какую доходность получат государства-члены и какой объём промышленных проектов фонд профинансирует наряду с банком?
preset-stress-title = Стресс: высокие ставки, втрое больше дефолтов, просроченные взносы
preset-stress-question = Базовая ставка 7 %, более широкий спред заимствований для банка без рейтинга, все вероятности дефолта утроены, а Россия, Иран и Беларусь вносят лишь половину своих взносов в капитал. Остаётся ли банк выше минимального уровня капитала? Обратите внимание: более высокие ставки увеличивают и доход банка на активы, финансируемые собственным капиталом, что частично компенсирует более крупные потери.
preset-delayed-start-title = Отложенный старт
preset-delayed-start-question = Решение о создании банка ещё не принято (по публикациям о ШОС): здесь он начинает работу в 2030 году, а капитал оплачивается в течение десяти лет; фонд также начинает работу в 2030 году. Сколько финансирования будет упущено из-за задержки к 2040 году?
preset-named-projects-title = Проекты, названные в публикациях о ШОС
preset-named-projects-question = Проекты, названные в публикациях о промышленном сотрудничестве ШОС (4,8 ГВт солнечной и ветровой генерации в Узбекистане, солнечные станции в Кыргызстане и Таджикистане, порт Чабахар, парк «Великий камень», «ЕвроХим», «Татнефть» и другие), как явный портфель, одобряемый раньше общего спроса. Умещаются ли они в первые годы и какие откладываются?
preset-sustainable-lending-title = Устойчивое кредитование: тот же капитал, равномерные одобрения
preset-sustainable-lending-question = Капитал базового сценария, но одобрения каждый год устанавливаются на уровне устойчивого объёма кредитования с горизонтом планирования десять лет (так МБРР определяет свой устойчивый годовой лимит кредитования), а не равны всему спросу, пока есть резерв кредитной ёмкости. Что меняется: обрыв кредитования, пик, коэффициент достаточности капитала, общий объём кредитов?
preset-sustainable-lending-notes = Сравните с базовым сценарием (он закреплён как сценарий сравнения): одобрения вырастают примерно до 4–5 млрд долл. США в год и остаются на этом уровне, а не поднимаются до 11,3 млрд, чтобы за один год упасть до 2,6 млрд. Правило не учитывает доход, который принесли бы новые кредиты, поэтому оно немного осторожно.
preset-aiib-replay-2016-title = Воспроизведение АБИИ 2016–2023: повторяет ли модель реальный банк?
preset-aiib-replay-2016-question = Первые восемь лет АБИИ с условиями базового сценария: подписной капитал 100 млрд долл. США, 20 % оплачивается пятью ежегодными взносами с 2016 г., доли по ВВП, одобрения заданы по отчётным данным — 1,69, 2,50, 3,31, 4,54, 9,98, 9,9, 6,6 и 11,4 млрд (2016–2023 гг.), три четверти из них суверенные. Сравните кредитный портфель, долю выбранных средств от одобренных и собственный капитал по модели на конец 2023 г. с отчётными данными АБИИ: около 23 млрд, около 55 % и около 21,5 млрд.
preset-aiib-replay-2016-notes = Одобрения задаются через проекты из перечня (по одному суверенному и одному несуверенному в год, в Индии и Казахстане, поскольку заёмщиков АБИИ вне ШОС в модели нет; ни у одной страны нет задержки выборки средств, так что выбор страны не меняет итогов банка), общий спрос отключён. Фонда нет. Источники: годовые отчёты АБИИ за 2016–2023 гг. и его отчёты по форме 18-K (model.md, § 6). Результаты модели приведены в README.
# The named projects' names, numbered as in the preset's file.
preset-named-projects-project-1 = Солнечные и ветровые электростанции в Узбекистане (4,8 ГВт, соглашение 2023 г.)
preset-named-projects-project-2 = Солнечная электростанция 100 МВт в Кыргызстане, Чуйская область
preset-named-projects-project-3 = Солнечная электростанция до 500 МВт в Таджикистане, Согдийская область
preset-named-projects-project-4 = Реконструкция ГЭС «Варзоб-1»
preset-named-projects-project-5 = Порт Чабахар, следующая очередь
preset-named-projects-project-6 = Китайско-белорусский индустриальный парк «Великий камень», следующая очередь
preset-named-projects-project-7 = Индустриальная зона «Хоргос — Восточные ворота»
preset-named-projects-project-8 = Производство удобрений «ЕвроХима», Казахстан
preset-named-projects-project-9 = Тепличные овощи на 500 га, Казахстан
preset-named-projects-project-10 = Шинный завод «Татнефти», Казахстан
preset-named-projects-project-11 = Расширение завода BYD Uzbekistan, Джизакская промышленная зона
preset-named-projects-project-12 = Российско-китайский центр высоких технологий (ИКТ, ИИ, робототехника)
preset-aiib-replay-2016-project-1 = Одобрения АБИИ 2016 г., суверенные
preset-aiib-replay-2016-project-2 = Одобрения АБИИ 2016 г., несуверенные
preset-aiib-replay-2016-project-3 = Одобрения АБИИ 2017 г., суверенные
preset-aiib-replay-2016-project-4 = Одобрения АБИИ 2017 г., несуверенные
preset-aiib-replay-2016-project-5 = Одобрения АБИИ 2018 г., суверенные
preset-aiib-replay-2016-project-6 = Одобрения АБИИ 2018 г., несуверенные
preset-aiib-replay-2016-project-7 = Одобрения АБИИ 2019 г., суверенные
preset-aiib-replay-2016-project-8 = Одобрения АБИИ 2019 г., несуверенные
preset-aiib-replay-2016-project-9 = Одобрения АБИИ 2020 г., суверенные
preset-aiib-replay-2016-project-10 = Одобрения АБИИ 2020 г., несуверенные
preset-aiib-replay-2016-project-11 = Одобрения АБИИ 2021 г., суверенные
preset-aiib-replay-2016-project-12 = Одобрения АБИИ 2021 г., несуверенные
preset-aiib-replay-2016-project-13 = Одобрения АБИИ 2022 г., суверенные
preset-aiib-replay-2016-project-14 = Одобрения АБИИ 2022 г., несуверенные
preset-aiib-replay-2016-project-15 = Одобрения АБИИ 2023 г., суверенные
preset-aiib-replay-2016-project-16 = Одобрения АБИИ 2023 г., несуверенные

## Панель сравнения
pin-reference = Сценарий сравнения:
pin-none = нет
pin-preset-hint = Закрепить готовый сценарий для сравнения
pin-file = Закрепить файл…
pin-snapshot = Закрепить снимок
pin-snapshot-hint = Закрепить сценарий в текущем виде, чтобы видеть, что меняют следующие правки
pin-unpin = Открепить
pin-charts-show = На диаграммах:
pin-overlay = Наложение (пунктир)
pin-overlay-hint = Ряды сценария сравнения пунктиром тех же цветов
pin-difference = Разница
pin-difference-hint = Текущий минус сценарий сравнения, по годам
pin-bands = Интервалы неопределённости
pin-bands-hint = Показать интервалы P5–P95 и P25–P75 прогонов вокруг одобрений, кредитного портфеля, коэффициента достаточности капитала и J-кривой фонда. Параметры расчёта неопределённости (какие допущения варьируются, как и сколько прогонов) задаются на вкладке «Неопределённость».

## Вкладки
view-overview = Обзор
view-sectors = Отрасли
view-countries = Страны
view-bank = Банк
view-fund = Фонд
view-compare = Сравнение
view-uncertainty = Неопределённость
view-sensitivity = Чувствительность
view-data = Данные

## Диаграммы
unit-money-axis = млрд долл. США
axis-year = год
chart-series-reference = { $name } (сравнение)
chart-total = Всего
chart-series-reference-total = { $name }, сравнение
chart-title-difference = { $title }: разница со сценарием сравнения
chart-png = PNG
chart-png-hint = Сохранить диаграмму как PNG (щелчок правой кнопкой — другие действия)
chart-save-png = Сохранить как PNG…
chart-svg = SVG
chart-svg-hint = Сохранить диаграмму как векторный файл SVG (для Word, LibreOffice, PowerPoint, Inkscape)
chart-save-svg = Сохранить как SVG…
chart-copy-image = Копировать изображение
legend-hidden-hint = { $name }: скрыто; щёлкните, чтобы показать
legend-shown-hint = { $name }: щёлкните, чтобы скрыть на этой диаграмме

## Единицы
unit-usd-bn = млрд долл. США
unit-usd-bn-per-year = млрд долл. США/год
unit-percent-per-year = %/год
unit-years = лет
unit-value-usd-bn = { $value } млрд долл. США
unit-value-usd-bn-per-year = { $value } млрд долл. США/год
unit-value-percent-per-year = { $value } %/год
unit-value-years = { $value } { $count ->
    [one] год
    [few] года
    [other] года
   *[many] лет
}

## Каталог допущений: название, пояснение, основание (источник или то, на чём основана иллюстративная оценка)
a-start-year = Первый год прогноза
a-start-year-help = Календарный год, с которого начинается прогноз.
a-start-year-basis = первый год, когда банк мог бы кредитовать после призыва саммита в Тяньцзине в 2025 году
a-years = Прогнозный период
a-years-help = Число лет прогноза.
a-years-basis = достаточно, чтобы увидеть погашение кредитов
a-capital-subscribed = Подписной капитал
a-capital-subscribed-help = Капитал, который обязуются внести государства-члены. Собственным капиталом становится только оплаченная часть; остальное — капитал, подлежащий оплате по требованию, и в собственный капитал не входит.
a-capital-subscribed-basis = НБР: подписной капитал 50 млрд долл. США (Соглашение о НБР, 2014)
a-capital-paid-in-ratio = Доля оплаченного капитала
a-capital-paid-in-ratio-help = Доля подписного капитала, которую государства-члены действительно оплачивают.
a-capital-paid-in-ratio-basis = НБР и АБИИ: оплачивается 20 % подписного капитала
a-capital-instalments = Число взносов оплаченного капитала
a-capital-instalments-help = Оплаченный капитал вносится равными ежегодными взносами начиная с первого года работы; здесь задаётся число взносов.
a-capital-instalments-basis = АБИИ: оплаченный капитал пятью ежегодными взносами
a-capital-hybrid-equal-part = Равная часть при смешанном правиле
a-capital-hybrid-equal-part-help = При смешанном правиле эта часть капитала делится поровну, остальное — по ВВП.
a-capital-hybrid-equal-part-basis = между равными долями НБР и долями АБИИ по ВВП
a-capital-share-cap = Наибольшая доля
a-capital-share-cap-help = Ни одно государство-член не владеет долей больше этой; излишек распределяется между остальными пропорционально.
a-capital-share-cap-basis = не даёт одному участнику доминировать; у крупнейшего акционера АБИИ около 30 %
a-capital-first-year = Первый год работы
a-capital-first-year-help = С этого года банк получает взносы в капитал и начинает кредитовать; чем позже начало, тем позже и всё остальное.
a-capital-first-year-basis = решение о создании банка ещё не принято (по публикациям о ШОС)
a-demand-first-year-approvals = Одобрения в первый год
a-demand-first-year-approvals-help = Общий спрос на кредиты в первый год работы (0 — только проекты из перечня).
a-demand-first-year-approvals-basis = НБР 2016: 1,5 млрд долл. США; АБИИ 2016: 1,69 млрд долл. США
a-demand-growth = Рост спроса
a-demand-growth-help = Ежегодный рост общего спроса до достижения потолка.
a-demand-growth-basis = одобрения АБИИ в 2016–2020 годах росли примерно на 40 % в год
a-demand-ceiling = Потолок одобрений
a-demand-ceiling-help = Общий спрос никогда не превышает этой суммы в год.
a-demand-ceiling-basis = пик АБИИ ≈ 11,4 млрд долл. США (2023)
a-demand-sovereign-share = Доля суверенных кредитов
a-demand-sovereign-share-help = Доля общих одобрений, выдаваемых правительствам или под их гарантию.
a-demand-sovereign-share-basis = НБР: около 82 % кредитов — суверенные
a-demand-country-cap = Лимит на одну страну
a-demand-country-cap-help = Ни одна страна не получает больше этой доли годовой программы общего кредитования.
a-demand-country-cap-basis = АБИИ: на Индию приходится 26,6 % обязательств
a-demand-absorption-cap = Предел освоения
a-demand-absorption-cap-help = Одобрения стране за год (включая проекты) не превышают этой доли её ВВП.
a-demand-absorption-cap-basis = параметр, отражающий разрыв в уровне развития: малые экономики могут освоить за год лишь ограниченный объём средств
a-terms-tenor = Срок кредита
a-terms-tenor-help = Число лет от выборки средств до последнего погашения.
a-terms-tenor-basis = АБИИ и МБРР: окончательный срок погашения до 35 лет
a-terms-grace = Льготный период
a-terms-grace-help = Число лет, в течение которых выплачиваются только проценты, до начала погашения основного долга; меньше срока кредита.
a-terms-grace-basis = суверенные кредиты АБИИ и МБРР: льготные периоды 3–8 лет
a-terms-disbursement-profile-0 = Выборка в год одобрения
a-terms-disbursement-profile-0-help = Доля одобренной суммы, выбираемая в год одобрения. Шесть долей в сумме дают 1.
a-terms-disbursement-profile-0-basis = МАР: около 22 % невыбранного остатка в год
a-terms-disbursement-profile-1 = Выборка через 1 год после одобрения
a-terms-disbursement-profile-1-help = Доля одобренной суммы, выбираемая через год после одобрения.
a-terms-disbursement-profile-1-basis = МАР: около 22 % невыбранного остатка в год
a-terms-disbursement-profile-2 = Выборка через 2 года после одобрения
a-terms-disbursement-profile-2-help = Доля одобренной суммы, выбираемая через два года после одобрения.
a-terms-disbursement-profile-2-basis = МАР: около 22 % невыбранного остатка в год
a-terms-disbursement-profile-3 = Выборка через 3 года после одобрения
a-terms-disbursement-profile-3-help = Доля одобренной суммы, выбираемая через три года после одобрения.
a-terms-disbursement-profile-3-basis = МАР: около 22 % невыбранного остатка в год
a-terms-disbursement-profile-4 = Выборка через 4 года после одобрения
a-terms-disbursement-profile-4-help = Доля одобренной суммы, выбираемая через четыре года после одобрения.
a-terms-disbursement-profile-4-basis = МАР: около 22 % невыбранного остатка в год
a-terms-disbursement-profile-5 = Выборка через 5 лет после одобрения
a-terms-disbursement-profile-5-help = Доля одобренной суммы, выбираемая через пять лет после одобрения.
a-terms-disbursement-profile-5-basis = МАР: около 22 % невыбранного остатка в год
a-terms-cancellation-rate = Доля аннулирований
a-terms-cancellation-rate-help = Доля каждого одобрения, которая аннулируется и не выбирается.
a-terms-cancellation-rate-basis = АБИИ: аннулируется около 2,6 % одобрений
a-pricing-base-rate = Базовая ставка
a-pricing-base-rate-help = Рыночная базовая ставка; от неё считаются ставки по кредитам, заимствованиям и казначейским операциям.
a-pricing-base-rate-basis = долларовая базовая ставка около уровня 2024–2025 годов
a-pricing-funding-spread = Спред собственных заимствований
a-pricing-funding-spread-help = Сколько банк платит сверх базовой ставки по своим облигациям; переносится на заёмщиков.
a-pricing-funding-spread-basis = зависит от рейтинга, который получил бы банк
a-pricing-sovereign-spread = Спред по суверенным кредитам
a-pricing-sovereign-spread-help = Маржа сверх базовой ставки и спреда заимствований по суверенным кредитам.
a-pricing-sovereign-spread-basis = суверенные кредиты АБИИ: 0,75–1,40 % сверх базовой ставки
a-pricing-non-sovereign-spread = Спред по несуверенным кредитам
a-pricing-non-sovereign-spread-help = Маржа сверх базовой ставки и спреда заимствований по несуверенным кредитам.
a-pricing-non-sovereign-spread-basis = частное кредитование оценивается с учётом более высокого риска
a-pricing-front-end-fee = Комиссия за предоставление
a-pricing-front-end-fee-help = Разовая комиссия с каждого одобрения.
a-pricing-front-end-fee-basis = ценообразование суверенных кредитов АБИИ (2016): 0,25 %
a-pricing-commitment-fee = Комиссия за резервирование
a-pricing-commitment-fee-help = Ежегодная комиссия с одобренных, но не выбранных сумм.
a-pricing-commitment-fee-basis = ценообразование суверенных кредитов АБИИ (2016): 0,25 % в год
a-risk-non-sovereign-pd = Вероятность дефолта несуверенных кредитов
a-risk-non-sovereign-pd-help = Годовая вероятность дефолта по несуверенному кредиту.
a-risk-non-sovereign-pd-basis = консорциум GEMs, частное кредитование 1994–2024: 3,56 % в год
a-risk-sovereign-lgd = Потери при дефолте суверенных кредитов
a-risk-sovereign-lgd-help = Доля суверенного кредита, теряемая при дефолте.
a-risk-sovereign-lgd-basis = консорциум GEMs: уровень возмещения по суверенным кредитам выше 90 %
a-risk-non-sovereign-lgd = Потери при дефолте несуверенных кредитов
a-risk-non-sovereign-lgd-help = Доля несуверенного кредита, теряемая при дефолте.
a-risk-non-sovereign-lgd-basis = консорциум GEMs: уровень возмещения по частным кредитам около 72 %
a-risk-pd-multiplier = Стресс-множитель дефолтов
a-risk-pd-multiplier-help = Умножает все вероятности дефолта, суверенные и несуверенные (не более 100 %).
a-risk-pd-multiplier-basis = параметр стресс-теста: 3 — дефолты втрое вероятнее
a-policy-capital-floor = Минимальный уровень капитала
a-policy-capital-floor-help = Одобрения прекращаются там, где собственный капитал упал бы ниже этой доли кредитного портфеля и невыбранных обязательств.
a-policy-capital-floor-basis = НБР: собственный капитал не менее 25 % активов; МБРР: 18–19 % кредитов
a-policy-credit-conversion = Конверсия невыбранных обязательств
a-policy-credit-conversion-help = Какая доля невыбранного обязательства учитывается как подверженность риску (коэффициент кредитной конверсии).
a-policy-credit-conversion-basis = 1 — обязательство учитывается как кредит
a-policy-statutory-multiple = Уставный лимит кредитования
a-policy-statutory-multiple-help = Подверженность риску (кредиты и невыбранные обязательства) не может превышать сумму подписного капитала и нераспределённой прибыли, умноженную на этот коэффициент.
a-policy-statutory-multiple-basis = Статьи Соглашения АБИИ, ст. 12: подверженность риску ≤ 100 % капитала и резервов
a-policy-liquidity-ratio = Ликвидность
a-policy-liquidity-ratio-help = Ликвидные активы, кратные годовой выборке средств; финансируются заимствованиями.
a-policy-liquidity-ratio-basis = НБР: ликвидные активы покрывают не менее 12 месяцев оттоков
a-policy-lending-rule-lookahead = Правило кредитования: горизонт планирования
a-policy-lending-rule-lookahead-help = 1 год: жёсткий лимит — одобрять весь спрос, пока лимит этого года оставляет резерв кредитной ёмкости (банк кредитует до предела, а затем резко сокращает одобрения). Больше лет: одобрять не более устойчивого объёма кредитования — постоянной суммы, которая при ежегодном одобрении в течение этого числа лет оставляет каждый год в пределах лимита, как МБРР определяет свой устойчивый годовой лимит кредитования.
a-policy-lending-rule-lookahead-basis = Устойчивый годовой лимит кредитования МБРР (2022 финансовый год: 37,5 млрд долл. США) рассчитывается так, чтобы отношение собственного капитала к кредитам оставалось выше минимально допустимого в многолетнем прогнозе; АБИИ и НБР планируют одобрения в многолетних бизнес-планах
a-policy-opex-fixed = Постоянные операционные расходы
a-policy-opex-fixed-help = Операционные расходы банка в каждый год работы.
a-policy-opex-fixed-basis = общехозяйственные и административные расходы АБИИ в первые годы работы
a-policy-opex-variable = Переменные операционные расходы
a-policy-opex-variable-help = Операционные расходы как доля кредитного портфеля.
a-policy-opex-variable-basis = АБИИ: общехозяйственные и административные расходы около 0,9 % кредитов в первые годы работы
a-fund-commitments = Обязательства по взносам в фонд
a-fund-commitments-help = Капитал, который государства-члены обязуются внести в совместный инвестиционный фонд.
a-fund-commitments-basis = Китайско-Евразийский фонд экономического сотрудничества: 1 → 5 млрд долл. США; Фонд Шёлкового пути: 40 млрд долл. США
a-fund-investment-period = Инвестиционный период
a-fund-investment-period-help = Годы, когда фонд проводит востребование капитала и инвестирует.
a-fund-investment-period-basis = Takahashi и Alexander (2002): типичные условия фондов прямых инвестиций
a-fund-fund-life = Срок жизни фонда
a-fund-fund-life-help = Число лет до полного возврата средств инвесторам; больше инвестиционного периода.
a-fund-fund-life-basis = Takahashi и Alexander (2002): типичные условия фондов прямых инвестиций
a-fund-first-year = Первый год фонда
a-fund-first-year-help = Календарный год первого востребования капитала фонда.
a-fund-first-year-basis = саммит в Астане в 2024 году поддержал создание фонда (по публикациям о ШОС)
a-fund-growth = Рост фонда
a-fund-growth-help = Ежегодный рост стоимости чистых активов фонда.
a-fund-growth-basis = значение по умолчанию Takahashi–Alexander для фондов выкупа
a-fund-bow = Изгиб распределений
a-fund-bow-help = Форма распределений: чем больше, тем позже.
a-fund-bow-basis = значение по умолчанию Takahashi–Alexander
a-fund-yield-rate = Минимальная доля распределений
a-fund-yield-rate-help = Наименьшая доля СЧА, распределяемая каждый год.
a-fund-yield-rate-basis = Takahashi–Alexander: 0 для фондов роста
a-fund-fee-investment-period = Плата за управление в инвестиционный период
a-fund-fee-investment-period-help = Ежегодная плата с обязательств, пока фонд инвестирует.
a-fund-fee-investment-period-basis = рыночная практика: 1,5–2 % обязательств
a-fund-fee-after = Плата за управление после инвестиционного периода
a-fund-fee-after-help = Ежегодная плата со стоимости чистых активов после инвестиционного периода.
a-fund-fee-after-basis = рыночная практика: около 1 % СЧА
a-fund-coinvestment-multiple = Кратность соинвестирования
a-fund-coinvestment-multiple-help = Соинвестиции, привлекаемые каждым долларом фонда; учитываются отдельно от баланса фонда.
a-fund-coinvestment-multiple-basis = Российско-китайский инвестиционный фонд (2012) ориентировался на 4×
ac-weight = Вес в портфеле проектов
ac-weight-help = Относительная доля в общем спросе на кредиты, нормированная по странам-заёмщикам.
ac-weight-basis = пропорционально √ВВП, для Китая как главного вкладчика — вдвое меньше
ac-weight-of = { $country }: вес в портфеле проектов
ac-disbursement-delay = Задержка выборки
ac-disbursement-delay-help = На сколько лет выборка средств в этой стране отстаёт от стандартного графика.
ac-disbursement-delay-basis = логистические узкие места, описанные в публикациях о ШОС, например отставание порта Чабахар от графика
ac-disbursement-delay-of = { $country }: задержка выборки
ac-sovereign-pd = Вероятность суверенного дефолта
ac-sovereign-pd-help = Годовая вероятность дефолта по суверенному кредиту этой стране.
ac-sovereign-pd-basis = по рейтинговым группам, откалибровано на частоту суверенных дефолтов GEMs 1,06 %
ac-sovereign-pd-of = { $country }: вероятность суверенного дефолта
ac-arrears = Просроченные взносы в капитал
ac-arrears-help = Доля взносов в капитал, которую государство-член не вносит.
ac-arrears-basis = 0 — все государства-члены платят вовремя
ac-arrears-of = { $country }: просроченные взносы в капитал

range-allowed = от { $min } до { $max }
group-horizon = Прогнозный период
group-capital = Капитал и доли
group-demand = Спрос на кредиты
group-countries = Страны
group-sectors = Отрасли
group-terms = Условия кредитов
group-pricing = Ценообразование
group-risk = Риск
group-policy = Политика в отношении капитала
group-fund = Совместный фонд
group-projects = Проекты

## Различия между сценариями
diff-share-rule = Правило распределения долей
diff-amortisation = Погашение
diff-enforce-limit = Лимит капитала соблюдается
diff-fund-contributions = Взносы в фонд
diff-country-member = { $country }: государство-член
diff-country-borrows = { $country }: заёмщик
diff-not-set = не задано
diff-country-bank-share = { $country }: своя доля в банке
diff-country-fund-share = { $country }: своя доля в фонде
diff-country-mix = { $country }: базовая структура, отрасль «{ $sector }»
diff-tilt = Отраслевой приоритет: { $sector }
diff-mandate = Мандат фонда: { $sector }
diff-call-rates = Графики востребования капитала
diff-project = Проект { $number }
diff-seed = Зерно генератора Монте-Карло
diff-runs = Прогоны Монте-Карло
diff-fixed = фиксировано
diff-distribution = Распределение: { $assumption }
word-yes = да
word-no = нет
diff-no-project = (нет)
diff-project-value = { $name }: { $instrument }, { $country }, { $sector }, { $amount } в { $year } г.{ $sovereign ->
    [yes] , суверенный
   *[no] {""}
}
a-sector-tilt-basis = параметр политики: 1 — нейтрально, 2 — вес отрасли удваивается

## Панель допущений
basis-source = Источник: { $text }
basis-illustrative = Иллюстративная оценка: { $text }
baseline-value = Базовый сценарий: { $value }
label-with-unit = { $label } ({ $unit })
reset = Сброс
reset-hint = Вернуть значение базового сценария
reset-to-value = Вернуть значение базового сценария: { $value }
reset-at-baseline = Значение базового сценария
reset-what = Сбросить: { $label }
remove = Удалить
problem-with-allowed = { $message } (допустимо: { $allowed })
problem-at-field = ! { $field }: { $problem }
problem-line = ! { $problem }
panel-find = Поиск:
panel-find-hint = Найти допущение
panel-clear = Очистить
panel-clear-hint = Очистить фильтр
panel-expand-all = Развернуть все
panel-expand-all-hint = Открыть все группы
panel-collapse-all = Свернуть все
panel-collapse-all-hint = Закрыть все группы
panel-no-match = Ни одно допущение не соответствует «{ $filter }». Попробуйте более короткое слово или очистите фильтр.
amortisation-equal-principal = Равными долями основного долга
amortisation-annuity = Аннуитетными платежами
amortisation-help = Как погашаются кредиты после льготного периода.
enforce-limit = Соблюдать лимит капитала
enforce-limit-help = Если включено, одобрения прекращаются, как только собственный капитал опустился бы ниже минимального уровня или подверженность риску превысила бы уставный лимит.
contributions-same = Те же доли, что и в банке
contributions-custom = Свои (по странам)
contributions-help = Кто вносит средства в фонд.
share-rule-equal = Поровну (НБР)
share-rule-gdp = По ВВП (как в АБИИ)
share-rule-hybrid = Смешанное: равная часть + ВВП
share-rule-custom = Свои (по странам)
share-rule-help = Как подписной капитал делится между государствами-членами. Источники: Соглашение о НБР (2014, равные доли); Статьи Соглашения АБИИ (2015, по ВВП).
countries-country = Страна
countries-member = Член
countries-borrows = Заёмщик
countries-bank-share = Доля в банке
countries-fund-share = Доля в фонде
countries-info = ВВП 2023: { $gdp } · рейтинг { $rating }
countries-member-hint = Подписывается на капитал и вносит средства в фонд
countries-borrows-hint = Участвует в портфеле кредитных проектов
countries-mix-heading = Отраслевая структура портфеля каждой страны (относительные веса; отраслевые приоритеты применяются сверху)
countries-mix = Структура: { $country }
countries-mix-cell = { $code }: { $sector }
countries-mix-cell-help = Доля отрасли «{ $sector }» в портфеле проектов страны { $country } до учёта отраслевых приоритетов.
countries-weight-short = Вес
countries-delay-short = Задержка (лет)
countries-pd-short = Вероятность дефолта
countries-arrears-short = Просрочка
tilts-note = Отраслевые приоритеты смещают портфель каждой страны к отрасли (>1) или от неё (<1).
tilt-covers = { $sector } ({ $covers })
tilt-base-mix = Базовая структура каждой страны: { $source }
tilt-label = Приоритет: { $sector }
mandate-heading = Отраслевой мандат (доли инвестиций; в сумме 100 %)
mandate-label = Мандат: { $sector }
mandate-help = Доля инвестиций фонда в этой отрасли (по публикациям о ШОС: машиностроение, электроника, химия).
mandate-total = Итого по мандату: { $total }
call-rates-heading = Востребование капитала по годам инвестиционного периода (в последний год — весь остаток)
call-rates-year = Год { $number }
call-rates-remove = Удалить долю последнего года
call-rates-add = Добавить долю на следующий год
projects-note = Проекты из перечня одобряются раньше общего спроса, в указанном порядке, пока хватает возможностей.
projects-header = { $name } · { $code } · { $amount } · { $year }
projects-name = Название
projects-sector = Отрасль
projects-financed-by = Финансирует
projects-bank-loan = Банк (кредит)
projects-fund-equity = Фонд (участие в капитале)
projects-sovereign = Суверенный
projects-amount = Сумма
projects-year = Год
projects-source = Источник
projects-move-up = Выше
projects-add = + Добавить проект
projects-new-name = Новый проект { $number }

## Страны и отрасли
country-chn = Китай
country-chn-rating = A+ (S&P)
country-ind = Индия
country-ind-rating = BBB (S&P)
country-rus = Россия
country-rus-rating = без рейтинга (отозван в 2022)
country-irn = Иран
country-irn-rating = без рейтинга
country-pak = Пакистан
country-pak-rating = B- (S&P)
country-kaz = Казахстан
country-kaz-rating = BBB- (S&P)
country-uzb = Узбекистан
country-uzb-rating = BB (S&P)
country-blr = Беларусь
country-blr-rating = CCC (S&P, 2022)
country-kgz = Кыргызстан
country-kgz-rating = B3 (Moody's)
country-tjk = Таджикистан
country-tjk-rating = B (S&P)
country-mng = Монголия
country-mng-rating = B+ (S&P)
country-afg = Афганистан
country-afg-rating = без рейтинга
sector-energy = Энергетика
sector-energy-covers = нефть, газ, электроэнергия
sector-renewables = Возобновляемая энергетика
sector-renewables-covers = солнце, ветер, гидроэнергия
sector-transport = Транспорт и логистика
sector-transport-covers = транспортные и логистические коридоры
sector-machinery = Машиностроение
sector-machinery-covers = машиностроение
sector-electronics = Электроника и ИКТ
sector-electronics-covers = электроника, ИКТ, цифровые технологии
sector-chemicals = Химия и нефтехимия
sector-chemicals-covers = химия и нефтехимия
sector-metals = Металлургия и горнодобыча
sector-metals-covers = металлургия и добыча полезных ископаемых
sector-pharma = Фармацевтика и биомедицина
sector-pharma-covers = фармацевтика и биомедицина
sector-agriculture = Сельское хозяйство и продовольствие
sector-agriculture-covers = сельское хозяйство и продовольствие
sector-industrial-parks = Индустриальные парки
sector-industrial-parks-covers = промышленные зоны и парки
sector-mix-source = следует промышленному профилю каждой страны по публикациям о промышленном сотрудничестве ШОС (2025), например в Казахстане — горнодобыча, удобрения, тепличное хозяйство; в Узбекистане — 4,8 ГВт солнечной и ветровой генерации, парк «Джизак», автомобили.

## Обзор
overview-delta-hint = Изменение относительно сценария сравнения
delta-same = как в сценарии сравнения
delta-vs-reference = { $change } к сценарию сравнения
delta-reference-na = сравнение: н/д
delta-reference-was = сравнение: { $value }
delta-years = { $change } { $count ->
    [one] год
    [few] года
    [other] года
   *[many] лет
} к сценарию сравнения
delta-reference-from = сравнение: с { $year }
delta-reference-never = сравнение: никогда
word-none = нет
word-never = никогда
word-na = н/д
value-in-year = { $value } в { $year } г.
from-year = с { $year } г.
overview-financing = Финансирование в { $from }–{ $to } гг.
overview-financing-help = Выборка средств банка плюс инвестиции фонда за прогнозный период, млрд долл. США
overview-approvals = Одобрения банка
overview-approvals-help = Накопленные одобрения, млрд долл. США
overview-peak = Пик одобрений
overview-peak-help = Наибольшие годовые одобрения
overview-binds = Лимит капитала достигнут
overview-binds-help = Первый год, когда минимальный уровень капитала или уставный лимит сокращают одобрения
overview-lowest-ratio = Наименьший коэффициент достаточности капитала
overview-lowest-ratio-help = Наименьшее значение E/(L + ccf·U) на конец года; минимальный уровень { $floor }
overview-equity = Собственный капитал на конец { $year } г.
overview-equity-help = Оплаченный капитал плюс нераспределённая прибыль на конец прогнозного периода
overview-irr = ВНД фонда
overview-irr-help = Внутренняя норма доходности инвесторов
overview-tvpi = TVPI фонда
overview-tvpi-help = Совокупная стоимость к оплаченному капиталу
chart-approvals-demand = Одобрения и спрос (млрд долл. США в год)
chart-ratio-floor = Коэффициент достаточности капитала и минимальный уровень (%)
series-capital-ratio = Коэффициент достаточности капитала
series-floor = Минимальный уровень
chart-financing-sector = Финансирование по отраслям (млрд долл. США в год)
chart-financing-country = Финансирование по странам (млрд долл. США в год)

## Банк
chart-balance-sheet = Баланс на конец года (млрд долл. США)
series-loans = Кредитный портфель
series-undisbursed = Невыбранные обязательства
series-liquid = Ликвидные активы
series-borrowings = Заимствования
series-equity = Собственный капитал
chart-lending = Кредитование и лимит кредитования (млрд долл. США в год)
series-lending-limit = Лимит кредитования (сколько можно одобрить)
series-repayments = Погашения
chart-income = Доходы и расходы (млрд долл. США в год)
series-interest = Процентный доход
series-fees = Комиссии
series-treasury = Казначейский доход
series-funding-cost = Стоимость фондирования
series-operating-cost = Операционные расходы
series-credit-losses = Кредитные потери
series-net-income = Чистый доход
series-demand = Спрос
series-approvals = Одобрения
series-disbursements = Выборка средств
chart-bank-ratio = Коэффициент достаточности капитала E / (L + ccf·U) и минимальный уровень (%); заливка — лимит сокращает одобрения
series-limit-binds = Лимит достигнут
series-floor-at = Минимальный уровень { $floor }

## Фонд
fund-irr = ВНД { $value }
fund-irr-help = Внутренняя норма доходности чистых денежных потоков инвесторов (СЧА на конец прогнозного периода считается последним поступлением)
fund-tvpi = TVPI { $value }
fund-tvpi-help = (распределения + СЧА) / (востребованный капитал + плата за управление)
fund-dpi = DPI { $value }
fund-dpi-help = распределения / (востребованный капитал + плата за управление)
fund-coinvestment = Привлечено соинвестиций: { $value }
chart-fund-flows = Денежные потоки и СЧА фонда (млрд долл. США)
series-calls = Востребование капитала
series-management-fees = Плата за управление
series-distributions = Распределения
series-nav = СЧА
chart-jcurve = J-кривая: накопленный чистый денежный поток инвесторов (млрд долл. США)
series-cumulative-net = Накопленный чистый денежный поток
series-net-cash-flow = Чистый денежный поток
chart-measure-by-sector = { $measure } по отраслям (млрд долл. США в год)
chart-measure-by-country = { $measure } по странам (млрд долл. США в год)
chart-net-position = Чистая позиция за прогнозный период: внесено (капитал банка + взносы в фонд) и получено (выборка + инвестиции), млрд долл. США
series-paid-in = Внесено (ниже нуля)
series-received = Получено
bar-paid-in = { $country }: внесено
bar-received = { $country }: получено
measure-approvals = Одобрения банка
measure-disbursements = Выборка средств банка
measure-fund = Инвестиции фонда
measure-total = Общий объём финансирования (выборка + инвестиции фонда)
measure-show = Показать:

## Сравнение
compare-empty = Закрепите сценарий сравнения выше (готовый сценарий, файл или снимок этого сценария). Тогда каждая диаграмма по годам покажет его пунктиром или разницу с ним, «Обзор» — изменения под каждым показателем, а эта вкладка — различающиеся допущения.
compare-header = Текущий: { $current }   против   сценария сравнения: { $reference } ({ $source })
change-years = { $change } { $count ->
    [one] год
    [few] года
    [other] года
   *[many] лет
}
col-result = Результат
col-reference = Сценарий сравнения
col-current = Текущий
col-change = Изменение
col-assumption = Допущение
col-path = Путь в файле
compare-differ = Различающиеся допущения ({ $count }): причина различий выше
compare-none-differ = Нет: оба сценария исходят из одних и тех же допущений.

## Данные
data-coinvestment = Соинвестирование
data-bank-accounts = Счета банка
data-fund-accounts = Счета фонда
data-by-country = { $flow } по странам
data-by-sector = { $flow } по отраслям
data-by-loan-type = { $flow } по видам кредитов
data-paid-in = Оплаченный капитал
data-capacity = Кредитные возможности
data-undisbursed = Невыбранные обязательства
data-capital-ratio = Коэффициент достаточности капитала (%)
data-calls = Востребование капитала
data-nav = Стоимость чистых активов
data-sovereign = Суверенные
data-non-sovereign = Несуверенные
data-table = Таблица:
data-copy = Копировать таблицу
data-copy-hint = Копировать как текст с табуляцией, для электронной таблицы
data-export = Экспортировать всё в CSV…
data-export-hint = Записать flows.csv, bank.csv, fund.csv и countries.csv в папку
data-units = млрд долл. США в год (остатки — на конец года); коэффициент достаточности капитала в процентах
data-in-csv = В CSV: { $id }

## Чувствительность и подбор параметра
sens-by = к
sens-result = Результат:
sens-move = Изменять каждое допущение
sens-to-ends = до границ его диапазона
sens-by-20 = на ±20 %
sens-title = { $result }: отклонение от базового значения ({ $base }) при изменении каждого допущения по отдельности
sens-none-moves = Ни одно допущение не меняет этот результат.
unit-pp-long = процентные пункты
sens-at = { $assumption } = { $value }
sens-axis = { $result }: изменение ({ $unit })
sens-invalid = недопустимо
sens-low-end = Нижняя граница
sens-result-low = Результат при нижней границе
sens-high-end = Верхняя граница
sens-result-high = Результат при верхней границе
sens-swing = Размах
ranked = { $rank }. { $name }
sens-legend-low = Нижняя граница диапазона
sens-legend-high = Верхняя граница диапазона
sens-table-heading = { $result } ({ $unit }), базовое значение { $base }; { $span }
sens-col-rank = №
sens-col-assumption = допущение
sens-col-low = нижнее
sens-col-result = результат
sens-col-high = верхнее
sens-col-swing = размах
sens-invalid-moves = Сдвигов, которые дали недопустимый сценарий и не рассчитаны: { $count }; например: { $example }
goal-title = Подбор параметра: что для этого нужно?
goal-set = Подобрать
goal-an-assumption = допущение
goal-so-that = так, чтобы показатель
goal-reaches = достиг значения
goal-solve = Найти
goal-apply = Применить
goal-apply-closest = Применить ближайшее значение
goal-applied = Применено (команда «Отменить» вернёт прежнее).
goal-stale = Сценарий изменился после этого ответа: найдите заново, чтобы применить.
goal-apply-hint = Одна правка, отменяется командой «Отменить»
goal-applied-notice = Результат подбора параметра применён (команда «Отменить» вернёт прежнее)

## Неопределённость
unc-study = Расчёт неопределённости
unc-study-folded = Расчёт неопределённости: { $count ->
    [one] { $count } неопределённое допущение
    [few] { $count } неопределённых допущения
    [other] { $count } неопределённого допущения
   *[many] { $count } неопределённых допущений
}, { $runs ->
    [one] { $runs } прогон
    [few] { $runs } прогона
    [other] { $runs } прогона
   *[many] { $runs } прогонов
}
unc-runs = Прогоны
unc-runs-hint = Прогоны Монте-Карло: чем больше, тем устойчивее интервалы (сохраняется в файле)
unc-seed = Зерно генератора
unc-seed-hint = Одно и то же зерно генератора случайных чисел даёт одни и те же результаты на любом компьютере (сохраняется в файле)
unc-drawn-note = Допущения, выбираемые случайно в каждом прогоне; остальные остаются как заданы.
unc-not-assumption = { $path }: это не допущение
unc-add = Добавить
unc-choose = Выберите допущение
unc-add-to-study = Добавить в расчёт
unc-distribution = Распределение
unc-now = сейчас { $value }
unc-centre = Центрировать
unc-centre-hint = Сдвинуть распределение так, чтобы его центр совпал с текущим значением
unc-sigma = σ(log)
unc-min = мин.
unc-max = макс.
unc-mode = мода
unc-mean = среднее
unc-sd = ст. откл.
unc-median-field = медиана
unc-empty = Пока ни одно допущение не является неопределённым: добавьте его в расчёт, и здесь появятся интервалы P5–P95.
unc-done = { $runs ->
    [one] { $runs } прогон
    [few] { $runs } прогона
    [other] { $runs } прогона
   *[many] { $runs } прогонов
}, зерно { $seed }
unc-running = Выполняется: { $done } из { $runs ->
    [one] { $runs } прогона
    [few] { $runs } прогонов
    [many] { $runs } прогонов
   *[other] { $runs } прогона
}, зерно { $seed }
unc-binding-before = Достижение лимита капитала до конца года:
unc-bands-note = Интервалы: светлый — P5–P95, тёмный — P25–P75, сплошная линия — медиана прогонов; пунктир — сценарий с заданными значениями
unc-chart-approvals = Одобрения (млрд долл. США в год)
unc-chart-loans = Кредитный портфель (млрд долл. США)
unc-chart-ratio = Коэффициент достаточности капитала E / (L + ccf·U) (%)
unc-chart-jcurve = Фонд: накопленный чистый денежный поток (млрд долл. США)
unc-cumulative-of = Накопленное финансирование:
unc-chart-cumulative = Накопленное финансирование: { $slice } (млрд долл. США)
unc-all = все страны и отрасли
metric-cumulative-financing = Накопленное финансирование
metric-final-equity = Собственный капитал на конец прогнозного периода
unc-median = Медиана
unc-undefined = не определено ни в одном прогоне
unc-valid-runs = Допустимых прогонов: { $valid } из { $runs } ({ $share }).
unc-scenario-as-set = Сценарий с заданными значениями
dist-uniform = Равномерное
dist-triangular = Треугольное
dist-normal = Нормальное
dist-lognormal = Логнормальное

## Ограничения в строке состояния
event-limit-binds = С { $year } г. кредитование упирается в лимит капитала ({ $years ->
    [one] { $years } год
    [few] { $years } года
    [other] { $years } года
   *[many] { $years } лет
}), и одобрения в эти годы сокращаются на { $cut }.
event-absorption-cap = { $country } достигает предела освоения в { $year } г. (всего { $years ->
    [one] { $years } год
    [few] { $years } года
    [other] { $years } года
   *[many] { $years } лет
}).
event-country-cap = { $country } достигает лимита на одну страну в { $year } г. (всего { $years ->
    [one] { $years } год
    [few] { $years } года
    [other] { $years } года
   *[many] { $years } лет
}).
event-unabsorbed = { $amount } общего спроса не удалось разместить: все страны-заёмщики достигли лимитов.
event-deferred = Проект «{ $project }» ({ $instrument }) перенесён с { $planned } на { $done } г.
event-not-financed = Проект «{ $project }» ({ $instrument }, план — { $planned } г.) не профинансирован в пределах прогнозного периода.
instrument-bank = кредит банка
instrument-fund = инвестиция фонда

## Результаты
metric-cumulative-financing-by = Накопленное финансирование к { $year } г.
metric-cumulative-approvals = Накопленные одобрения
metric-peak-approvals = Пиковые годовые одобрения
metric-final-loans = Кредитный портфель на конец прогнозного периода
metric-min-ratio = Наименьший коэффициент достаточности капитала
metric-first-binding = Год достижения лимита капитала
metric-country-financing = Финансирование, полученное страной { $country }
metric-sector-financing = Финансирование отрасли: { $sector }
metric-net-position = Чистая позиция: { $country }
metric-undefined = не определено
metric-never = ни в одном году прогноза

## Неопределённость: распределения, проблемы, вероятности словами
describe-uniform = равномерное от { $min } до { $max }
describe-triangular = треугольное { $min } / { $mode } / { $max }
describe-normal = нормальное { $mean } ± { $sd } в пределах от { $min } до { $max }
describe-lognormal = логнормальное, медиана { $median }, σ(log) { $sigma }, в пределах от { $min } до { $max }
problem-not-finite = должно быть конечным числом
problem-outside-range-of = { $value } вне диапазона { $path }
problem-not-above-min = { $max } не больше минимума { $min }
problem-outside-min-max = { $value } вне пределов от минимума до максимума
problem-not-positive = { $value } не положительно
problem-median = { $value } не является положительным значением между минимумом и максимумом
problem-above-zero = { $range }, больше 0
problem-outside-allowed = { $value } вне допустимого диапазона
# The same, with the value as the panel shows it (0.9 (90 %)).
problem-outside-allowed-shown = { $value } ({ $shown }) вне допустимого диапазона
problem-not-numeric = `{ $path }` не является числовым допущением
problem-path-example = путь вида demand.growth или countries.KAZ.sovereign_pd
problem-distribution-twice = для `{ $path }` распределение задано дважды
problem-not-assumption = `{ $path }` не является допущением
series-fund-cumulative-net = Накопленный чистый денежный поток фонда
series-cumulative-of = Накопленное финансирование: { $slice }
prob-no-valid-run = Ни один прогон не дал допустимого сценария.
prob-floor-never = Минимальный уровень капитала не достигается ни в одном прогоне.
prob-floor-binds = Минимальный уровень капитала ограничивает кредитование до { $year } г. в { $share } прогонов, а в какой-либо момент прогнозного периода — в { $ever }.
prob-irr-below-zero = ВНД фонда ниже 0 в { $share } прогонов.
prob-irr-below-zero-undefined = ВНД фонда ниже 0 в { $share } прогонов (не определена в { $undefined }).
prob-no-negative = Ни в одном прогоне чистая позиция государства-члена не отрицательна.
prob-country-share = { $country } { $share }
list-separator = {", "}
prob-negative = Государство-член вносит больше, чем получает (отрицательная чистая позиция), в такой доле прогонов: { $list }.
prob-no-reason = причина не записана
prob-invalid-runs = Прогонов с недопустимым сценарием: { $invalid } из { $runs }; они не учтены ({ $reason }).
share-under-1 = менее чем 1 %
share-over-99 = более чем 99 %

## Проблемы сценария (путь к полю — как в файле)
problem-display = { $field }: { $message }
problem-display-allowed = { $field }: { $message } (допустимо: { $allowed })
invalid-summary = { $count ->
    [one] { $count } проблема
    [few] { $count } проблемы
    [other] { $count } проблемы
   *[many] { $count } проблем
} в сценарии: { $first }
problem-sum = сумма долей { $sum }, а не 1
problem-sum-allowed = доли, дающие в сумме 1
problem-outside-horizon = { $year } вне прогнозного периода
problem-no-member = ни одна страна не является государством-членом, капитал подписывать некому
problem-no-member-allowed = хотя бы одна страна с member: true
problem-share-cap = { $members ->
    [one] { $members } государство-член с долей не более { $cap } не может владеть всем капиталом
    [few] { $members } государства-члена с долей не более { $cap } каждое не могут владеть всем капиталом
    [many] { $members } государств-членов с долей не более { $cap } каждое не могут владеть всем капиталом
   *[other] { $members } государства-члена с долей не более { $cap } каждое не могут владеть всем капиталом
}
problem-at-least = не менее { $value }
problem-mix-zero = страна является заёмщиком, но её отраслевая структура (с учётом приоритетов) вся нулевая
problem-mix-zero-allowed = положительная доля хотя бы одной отрасли с положительным приоритетом
problem-no-weight = общий спрос задан, но ни у одной страны-заёмщика нет положительного веса
problem-no-weight-allowed = хотя бы одна страна с borrows: true и weight > 0
problem-custom-share = при своём правиле нужна доля для каждого государства-члена
problem-number-0-1 = число от 0 до 1
problem-grace = льготный период { $grace ->
    [one] { $grace } год
    [few] { $grace } года
    [other] { $grace } года
   *[many] { $grace } лет
} не оставляет времени на погашение при сроке кредита { $tenor ->
    [one] { $tenor } год
    [few] { $tenor } года
    [many] { $tenor } лет
   *[other] { $tenor } года
}
problem-investment-period = инвестиционный период { $period ->
    [one] { $period } год
    [few] { $period } года
    [other] { $period } года
   *[many] { $period } лет
} должен заканчиваться до окончания срока жизни фонда ({ $life ->
    [one] { $life } год
    [few] { $life } года
    [many] { $life } лет
   *[other] { $life } года
})
problem-no-call-rate = нужна хотя бы одна доля востребования капитала
problem-call-rates-allowed = список долей от 0 до 1
problem-project-name = у проекта должно быть название
problem-not-borrowing = { $country } не является страной-заёмщиком в этом сценарии
problem-not-borrowing-allowed = страна с borrows: true

## Файлы: открытие, сохранение, экспорт
located = { $place }: { $problem }
located-note = { $place }: { $problem }; { $note }
load-read = { $path }: не удаётся прочитать файл: { $reason }
load-too-large = { $path }: файл больше { $max ->
    [one] { $max } байта
    [few] { $max } байт
    [many] { $max } байт
   *[other] { $max } байта
} — больше, чем может занимать файл сценария (тот ли это файл?)
load-not-text = { $path }: файл не является текстом UTF-8 (первый неверный байт на смещении { $offset }); сохраните его в UTF-8
load-newer-schema = { $origin }: файл использует схему сценария { $found }, более новую, чем читает это приложение (схема { $supported }); откройте его более новой версией sco-explorer
summary-unreadable = это не читаемый файл сценария
summary-unreadable-at = это не читаемый файл сценария (строка { $line }, столбец { $column })
summary-read = не удаётся прочитать: { $reason }
summary-too-large = больше { $max ->
    [one] { $max } байта
    [few] { $max } байт
    [many] { $max } байт
   *[other] { $max } байта
}, слишком велик для файла сценария
summary-not-text = это не текст UTF-8
summary-newer-schema = использует схему сценария { $found }, более новую, чем читает это приложение (схема { $supported })
summary-invalid = это недопустимый сценарий ({ $count ->
    [one] { $count } проблема
    [few] { $count } проблемы
    [other] { $count } проблемы
   *[many] { $count } проблем
}); откройте его, чтобы увидеть их
summary-invalid-at = это недопустимый сценарий ({ $count ->
    [one] { $count } проблема
    [few] { $count } проблемы
    [other] { $count } проблемы
   *[many] { $count } проблем
}, первая — строка { $line }, столбец { $column }); откройте его, чтобы увидеть их
file-kind-folder = папка
file-kind-fifo = именованный канал (FIFO)
file-kind-device = устройство
file-kind-socket = сокет
file-kind-other = не обычный файл
read-folder = это папка, а не файл
read-not-regular = это { $what }, а не обычный файл; открывать можно только файлы сценариев
read-not-found = нет такого файла
read-permission = нет доступа
syntax-empty = файл пуст: файл сценария начинается с `(` (`()` — базовый сценарий)
syntax-too-deep = вложенность файла глубже { $depth ->
    [one] { $depth } уровня
    [few] { $depth } уровней
    [many] { $depth } уровней
   *[other] { $depth } уровня
}
notice-upgraded = { $origin }: обновлён со схемы сценария 1 до { $schema } (название, автор, описание и примечания теперь в блоке `meta`); при сохранении будет записан новый формат
note-left-out = в файле нет `{ $field }`, поэтому действует значение базового сценария
note-conflicts = в файле нет `{ $field }`, поэтому действует значение базового сценария, что противоречит `{ $cause }` (задано здесь)
note-follows = следует из `{ $cause }` (задано здесь)
syntax-twice-same-line = `{ $key }` задан дважды: строка { $line }, столбцы { $first } и { $again }; оставьте один
syntax-twice-lines = `{ $key }` задан дважды: строки { $first } и { $again }; оставьте один
syntax-unknown-field-near = неизвестное поле `{ $found }`; может быть, `{ $near }`?
syntax-unknown-field = неизвестное поле `{ $found }`
syntax-unknown-name-near = неизвестное имя `{ $found }`; может быть, `{ $near }`?
syntax-unknown-name = неизвестное имя `{ $found }`
syntax-field-twice = `{ $field }` задано дважды
syntax-nests = слишком глубокая вложенность файла
syntax-not-scenario = это не сценарий: файл сценария начинается с `(` (`()` — базовый сценарий)
syntax-expected-number = ожидалось число
syntax-expected-bool = ожидалось true или false
syntax-expected-text = ожидался текст в двойных кавычках
syntax-expected-option = ожидалось Some(…) или None
syntax-eof = файл обрывается: не осталась ли открытой скобка или кавычка?
syntax-expected-comma = после этого значения пропущена запятая
syntax-expected-list = ожидается список в [ ]
syntax-expected-list-end = ожидается ], закрывающая список (или запятая между его элементами)
syntax-expected-group = ожидается ( … )
syntax-expected-group-end = ожидается ), закрывающая группу (или запятая между её полями)
syntax-expected-colon = ожидается : между ключом и значением
syntax-expected-map-end = ожидается {"}"}, закрывающая таблицу (или запятая между её записями)
syntax-expected-name = ожидается имя
syntax-trailing = после конца сценария есть лишний текст
syntax-unexpected-char = неожиданный символ «{ $char }»
syntax-unclosed-comment = комментарий не закрыт
syntax-missing-field = отсутствует поле { $field }
syntax-integer-too-large = целое число слишком велико
save-failed = { $path }: не удаётся сохранить: { $reason }; файл на диске не изменён
save-serialise = не удаётся записать сценарий в RON: { $reason }
save-is-folder = по этому пути находится папка
save-not-regular = по этому пути находится { $what }, а не обычный файл
save-no-name = у пути нет имени файла
save-no-folder = папки { $folder } не существует
save-no-permission = нет прав на запись в { $folder }
save-temp-in-way = мешает временный файл { $temp }; удалите его и сохраните снова
export-folder = не удаётся создать папку вывода { $path }: { $reason }
export-not-a-file = не удаётся записать { $path }: это { $what }, а не обычный файл; ничего не записано
export-write = не удаётся записать { $path }: { $reason }; ничего не записано
export-rename = не удаётся заменить { $path } новым файлом: { $reason }; до этого уже заменено: { $replaced }

## Сводка командной строки и ответ подбора параметра
summary-projection = Прогноз на { $from }–{ $to } гг. (млрд долл. США, в номинальном выражении)
summary-financing = Накопленное финансирование: { $total } млрд (выборка банка { $bank } + инвестиции фонда { $fund })
summary-approvals = Накопленные одобрения банка: { $total } млрд
summary-peak = Пиковые годовые одобрения: { $value } млрд в { $year } г.
summary-peak-none = Пиковые годовые одобрения: нет
summary-binds = Кредитование впервые упирается в лимит капитала в { $year } г.
summary-never-binds = Лимит капитала не достигается
summary-lowest-ratio = Наименьший коэффициент достаточности капитала E/(L + ccf·U): { $ratio } в { $year } г.
summary-lowest-ratio-na = Наименьший коэффициент достаточности капитала: н/д (нет ни кредитов, ни невыбранных обязательств)
summary-final = Собственный капитал на конец прогнозного периода: { $equity } млрд; кредитный портфель на конец периода: { $loans } млрд
summary-fund = Фонд: ВНД { $irr }, TVPI { $tvpi }, DPI { $dpi }; привлечено соинвестиций { $coinvestment } млрд
goal-found = Допущение «{ $assumption }» = { $value } (сейчас { $now }) даёт показатель «{ $result }» = { $reached } (цель: { $target })
goal-unreachable = Ни одно значение допущения «{ $assumption }» от { $min } до { $max } не позволяет показателю «{ $result }» достичь значения { $target }: он меняется от { $at_min } до { $at_max }. Ближайшее значение: { $value } (сейчас { $now }), результат: { $reached }.

## Состояние расчёта неопределённости
study-status-error = расчёт неопределённости не может быть выполнен: см. вкладку «Неопределённость»
study-status-done = { $runs ->
    [one] { $runs } прогон
    [few] { $runs } прогона
    [other] { $runs } прогона
   *[many] { $runs } прогонов
}
study-status-running = { $done } из { $runs ->
    [one] { $runs } прогона
    [few] { $runs } прогонов
    [many] { $runs } прогонов
   *[other] { $runs } прогона
}
study-no-thread = не удалось запустить фоновый поток: { $reason }
unc-cannot-run = Расчёт неопределённости не может быть выполнен: { $reason }. Исправьте распределение слева.
bullet = • { $text }
sens-no-tornado = Диаграмма «торнадо» не построена: { $reason }
span-range-ends = каждое допущение на границах своего диапазона
span-relative = каждое допущение ±{ $percent }

## Поиск сценариев (PRIM)
discovery-runs = Прогонов: { $runs }, из них с исходом «{ $outcome }»: { $bad }; не учтено: { $left } (недопустимый сценарий или неопределённый результат).
discovery-no-bad = Ни в одном прогоне не выполняется условие «{ $outcome }»: искать нечего. Попробуйте порог ближе к результатам прогонов.
discovery-step = Область шага { $step } из { $steps }: охват { $coverage }, плотность { $density }, { $mass } прогонов.
discovery-no-limit = Область содержит все прогоны: никакие диапазоны неопределённых допущений не выделяют неблагоприятные прогоны.
discovery-between = «{ $assumption }» от { $lo } до { $hi }
discovery-above = «{ $assumption }» выше { $value }
discovery-below = «{ $assumption }» ниже { $value }
discovery-box = Условия: { $conditions }. При них исход «{ $outcome }» наступает в { $density } прогонов; эти условия охватывают { $coverage } всех прогонов с этим исходом.
discovery-col-lower = нижняя
discovery-col-upper = верхняя
discovery-col-range = диапазон выборки
discovery-col-without = плотность без этого ограничения
view-discovery = Поиск сценариев
disc-outcome = Неблагоприятный исход:
disc-no-study = Пока ни одно допущение не является неопределённым: задайте распределения на вкладке «Неопределённость», и здесь будет видно, какие их диапазоны ведут к исходу.
disc-invalid = В сценарии есть проблемы (см. строку состояния): для поиска сценариев нужен допустимый сценарий.
disc-working = Обработка { $runs ->
    [one] { $runs } прогона
    [few] { $runs } прогонов
    [many] { $runs } прогонов
   *[other] { $runs } прогона
}…
disc-trajectory = Траектория отсечения: охват (доля всех неблагоприятных прогонов внутри области) и плотность (доля неблагоприятных прогонов в области); щёлкните шаг, чтобы выбрать его
disc-steps = Шаги
disc-chosen = Выбранная область
disc-coverage = охват
disc-density = плотность
disc-scatter = Прогоны по осям «{ $x }» и «{ $y }»
disc-bad-runs = Прогоны с неблагоприятным исходом
disc-other-runs = Остальные прогоны
disc-box = Выбранная область
disc-apply-centre = Применить центр области
disc-apply-centre-hint = Установить каждое ограниченное областью допущение в середину его диапазона одной отменяемой правкой, чтобы рассмотреть типичный неблагоприятный сценарий на всех вкладках
disc-applied = Применён центр области (команда «Отменить» вернёт прежнее)

## Flows
view-flows = Потоки
flows-empty = В прогнозе нет ни одного года.
flows-caption = Источники и использование средств, { $years }, сторона банка — { $measure }: всего { $total }. Ширина пропорциональна сумме в млрд долл. США.
flows-this-scenario = Этот сценарий
flows-reference = Сценарий сравнения: { $name }
flows-note = Потоки окрашены по источнику средств. Государства-члены, отрасли и страны, доля которых ниже порога, объединены в группу «Прочие». Соинвестиции — средства, вложенные наряду с фондом, а не через него.
flows-bank-side = Сторона банка:
flows-disbursements-hint = Средства, выбранные заёмщиками за период: диаграмма сходится по денежным средствам
flows-approvals-hint = Кредиты, одобренные за период; одобренное, но ещё не выбранное показано отдельным источником
flows-as-disbursements = выборка средств
flows-as-approvals = одобрения
flows-period = Период:
flows-period-years = { $first }–{ $last }
flows-whole-horizon = Весь прогнозный период
flows-group-under = Объединять в «Прочие» при доле менее
flows-group-under-hint = Государства-члены, отрасли и страны, на которые приходится меньше этой доли итога периода, показаны вместе как «Прочие»
flows-beside-reference = Сценарий сравнения рядом
flows-diagram = Диаграмма потоков
flows-nothing = В этом периоде средства не движутся.
flows-label = { $name } { $value }
flows-band = { $from } → { $to }: { $value } ({ $share } итога периода)
flows-node-hover = { $name }: { $value } ({ $share } итога периода)
flows-band-line = { $from } → { $to }: { $value }
flows-more-bands = { $count ->
    [one] и ещё { $count } поток
    [few] и ещё { $count } потока
    [many] и ещё { $count } потоков
   *[other] и ещё { $count } потока
}
flows-node-paid-in = { $country }: оплаченный капитал
flows-node-paid-in-other = Прочие государства-члены: оплаченный капитал
flows-node-contribution = { $country }: взносы в фонд
flows-node-contribution-other = Прочие государства-члены: взносы в фонд
flows-node-income = Денежный доход
flows-node-income-use = Чистые операционные расходы
flows-node-repayments = Погашения, вновь выданные в кредит
flows-node-borrowing = Чистые заимствования
flows-node-borrowing-use = Погашение заимствований
flows-node-liquidity = Использованные ликвидные активы
flows-node-liquidity-use = Прирост ликвидных активов
flows-node-commitments = Одобрено, ещё не выбрано
flows-node-commitments-use = Выборка по ранее одобренным кредитам
flows-node-fund-cash = Востребовано, ещё не инвестировано
flows-node-fund-cash-source = Инвестировано сверх востребованного
flows-node-bank = Банк развития ШОС
flows-node-fund = Совместный инвестиционный фонд
flows-node-coinvestment = Соинвесторы (наряду с фондом)
flows-node-sector-other = Прочие отрасли
flows-node-country-other = Прочие страны

## Map
view-map = Карта
map-measure-received = Полученное финансирование
map-measure-per-capita = На душу населения
map-measure-gdp = Доля ВВП
map-measure-paid-in = Внесено
map-measure-net = Чистая позиция
map-per-person = { $value } долл. США на человека
map-unit-per-person = долл. США на человека (население 2024 г.)
map-unit-gdp = % ВВП (2023), сумма за период
map-colour-by = Цвет по показателю:
map-period-horizon = Весь прогнозный период
map-period-year = Один год
map-period-to-year = Нарастающим итогом до года
map-pause = Пауза
map-play = ▶ Воспроизвести
map-play-hint = Показать годы по очереди, по одному каждые 0,7 секунды
map-year-hint = Год, который показывает карта
map-in-year = { $year } год
map-title = { $measure }, { $period }
map-figure = Карта стран ШОС
map-class = { $low } — менее { $high }
map-not-taking-part = Не участвует
map-hover = { $country }: { $value } ({ $period })
map-hover-not-taking-part = { $country }: не участвует в этом сценарии
map-click-hint = Щелчок выделяет страну на всех вкладках; повторный щелчок снимает выделение
map-note = Границы: Natural Earth 1:110m (общественное достояние), в упрощённом виде и только для иллюстрации; они не выражают никакой позиции в отношении статуса какой-либо территории или границы. Равновеликая проекция (Альберса, 95° в. д.). Полученное финансирование: выборка кредитов банка и инвестиции фонда; внесено: капитал банка и взносы в фонд.
focus-showing = Выделена страна: { $country }
focus-clear = Снять выделение
focus-clear-hint = Больше не выделять эту страну
disc-scatter-x = По горизонтали:
disc-scatter-y = По вертикали:
disc-pasted = Шаги обратного расширения области
flows-explain-income = Чистый доход банка до списаний по кредитам (процентный, комиссионный и казначейский доход за вычетом стоимости фондирования и операционных расходов): средства, которые можно выдать в кредит. Списания не сопровождаются движением денежных средств.
flows-explain-income-use = В этом периоде стоимость фондирования и операционные расходы банка превысили процентный, комиссионный и казначейский доход: разница — направление его средств.
flows-explain-repayments = Основной долг, погашенный заёмщиками за период и вновь выданный в кредит.
flows-explain-borrowing = Заимствования банка на рынках за период за вычетом погашенных.
flows-explain-borrowing-use = В этом периоде банк погасил больше рыночных заимствований, чем привлёк.
flows-explain-liquidity = Ликвидные активы, которые банк использовал за период для кредитования.
flows-explain-liquidity-use = Прирост ликвидных активов банка за период (его запас ликвидности), а не кредиты.
flows-explain-commitments = Кредиты, одобренные за период, но не выбранные к его концу: одобрения — это обязательства, выборка — денежные средства.
flows-explain-commitments-use = Средства, выбранные за период по кредитам, одобренным ранее.
flows-explain-fund-cash = Капитал, востребованный фондом, но не инвестированный к концу периода.
flows-explain-coinvestment = Средства соинвесторов, вложенные наряду с фондом в те же отрасли и страны: привлечены фондом, но не входят в него.
flows-explain-other = Государства-члены, отрасли или страны, на каждую из которых приходится меньше пороговой доли итога периода, показаны вместе.
map-class-top = { $low } — { $high }
map-unit-net = млрд долл. США: получено минус внесено (+ получено больше)
map-unit-money-year = млрд долл. США за год
map-neighbour = Соседняя страна (вне модели)
map-hover-split = банк { $bank }, фонд { $fund }; вместе с соинвесторами наряду с фондом ({ $coinvestment }): { $total }, как на вкладке «Потоки»
event-statutory-binds = С { $year } г. кредитование ограничивает уставный лимит ({ $multiple } × подписной капитал и резервы), а не минимальный уровень капитала ({ $years ->
    [one] { $years } год
    [few] { $years } года
    [other] { $years } года
   *[many] { $years } лет
}).
event-sustainable-sets = С { $year } г. одобрения определяет устойчивый объём кредитования — поначалу { $level } в год ({ $years ->
    [one] { $years } год
    [few] { $years } года
    [other] { $years } года
   *[many] { $years } лет
}).

## Аналитическая записка (Файл › Экспорт аналитической записки…, `sco-explorer brief`)
brief-doc-title = { $title }: аналитическая записка
brief-untitled = Сценарий без названия
brief-by = Автор: { $author }
brief-dated = сценарий от { $date }
brief-written = подготовлено { $date } в программе «Сценарии финансирования развития ШОС»
# A calendar date (the brief's dates, a snapshot's name): $month 1–12 picks the month's name.
date-long = { $day } { $month ->
        [1] января
        [2] февраля
        [3] марта
        [4] апреля
        [5] мая
        [6] июня
        [7] июля
        [8] августа
        [9] сентября
        [10] октября
        [11] ноября
       *[12] декабря
    } { $year } г.
# A snapshot's name: the scenario's title and the day it was taken.
snapshot-what = «{ $title }» от { $date }
brief-compared = Сценарий сравнения: { $name } (на диаграммах — пунктиром).
brief-question = Вопрос
brief-notes = Примечания
brief-headline = Основные показатели
brief-guardrails = Что показывают ограничения
brief-charts = Ключевые диаграммы
brief-bands-note = Заливка на диаграммах: интервалы P5–P95 (светлее) и P25–P75 (темнее) по расчёту неопределённости.
brief-assumptions = Допущения, отличающиеся от сценария «{ $name }»
brief-assumptions-baseline = Допущения, отличающиеся от базового сценария
brief-assumptions-none = Допущения этого сценария совпадают с допущениями сценария «{ $name }».
brief-assumptions-none-baseline = Допущения этого сценария совпадают с допущениями базового сценария.
brief-col-this = Этот сценарий
brief-col-source = Источник значения по умолчанию
brief-projects = Проекты из перечня
brief-projects-none = В сценарии нет перечня проектов.
brief-col-project = Проект
brief-col-country-sector = Страна · отрасль
brief-col-instrument = Инструмент
brief-col-amount = Сумма
brief-col-planned = План
brief-col-outcome = Результат
brief-col-project-source = Источник
brief-project-on-time = профинансирован по плану
brief-project-deferred = перенесён на { $year } год
brief-project-not-financed = не профинансирован до { $year } года
brief-uncertainty = Неопределённость
brief-uncertain-assumptions = Допущения, задаваемые распределениями
# One uncertain assumption in the brief: its name and its distribution.
brief-uncertain-line = { $assumption }: { $distribution }
brief-sensitivity = Чувствительность: { $count ->
    [one] { $count } допущение, сильнее всего влияющее на результат
    [few] { $count } допущения, сильнее всего влияющие на результат
    [many] { $count } допущений, сильнее всего влияющих на результат
   *[other] { $count } допущения, сильнее всего влияющих на результат
}
brief-method = Метод
brief-method-1 = Программа строит годовой прогноз для предлагаемого Банка развития ШОС и совместного инвестиционного фонда ШОС в номинальных млрд долл. США. Государства-члены подписываются на капитал банка и вносят оплаченную часть взносами; банк кредитует под собственный капитал, остальное заимствует на рынке и получает процентный, комиссионный и казначейский доход за вычетом стоимости фондирования, операционных расходов и ожидаемых кредитных потерь (вероятность дефолта × потери при дефолте).
brief-method-2 = Спрос на кредиты растёт от уровня первого года. Банк одобряет то, что позволяет правило кредитования: коэффициент достаточности капитала E / (L + ccf·U) должен оставаться выше минимального уровня, уставный лимит кредитования может ограничивать кредиты кратным подписного капитала и резервов, а правило устойчивого объёма кредитования держит одобрения на уровне, который капитал выдержит на годы вперёд. Одобренные кредиты выбираются за несколько лет и погашаются в течение срока кредита; одобрения по каждой стране не превышают предела освоения и лимита на одну страну.
brief-method-3 = Фонд востребует капитал по обязательствам участников по мере инвестирования, взимает плату за управление и производит распределения по мере выхода из инвестиций; отсюда J-кривая накопленного чистого денежного потока. Соинвесторы вкладывают средства наряду с фондом, но не в него. Финансирование по отраслям и странам складывается из выборки средств банка, инвестиций фонда и соинвестиций.
brief-method-4 = Для каждого значения по умолчанию в таблице ниже указан источник либо пометка «иллюстративная оценка». Расчёт неопределённости выбирает заданные допущения из их распределений с фиксированным зерном генератора случайных чисел, поэтому его можно в точности повторить; анализ чувствительности сдвигает по одному допущению к границам его диапазона. Полное описание модели — в файле проекта design/model.md.
brief-sources = Источники значений по умолчанию
brief-file = Файл сценария
brief-file-how = Чтобы в точности воспроизвести эти результаты, сохраните текст ниже в файл с расширением .ron (или воспользуйтесь ссылкой) и откройте его в программе «Сценарии финансирования развития ШОС»: Файл › Открыть… или команда sco-explorer { $name } в терминале.
brief-file-download = Скачать файл сценария ({ $name })

# Scenarios as links
link-origin = ссылка
link-too-long = Эта ссылка содержит больше, чем может содержать сценарий, поэтому она не открыта: попросите прислать файл сценария.
link-not-a-link = Это не ссылка на сценарий: в ссылке на веб-версию программы сценарий записан после знака #.
link-newer-format = Эта ссылка создана более новой версией программы (формат ссылки { $found }): откройте её в веб-версии или в более новой версии sco-explorer.
link-unknown-base = Эта ссылка построена на готовом сценарии, которого нет в этой версии ({ $base }): откройте её в веб-версии или в более новой версии sco-explorer.
link-damaged = Эта ссылка повреждена или неполна (возможно, её обрезали при копировании): попросите прислать ссылку ещё раз или файл сценария.
link-base-changed = Эта ссылка построена на готовом сценарии «{ $preset }» в том виде, в каком он был при создании ссылки, а с тех пор он изменился: попросите прислать файл сценария.
link-invalid = Ссылка не создана: в сценарии { $count ->
    [one] { $count } проблема
    [few] { $count } проблемы
    [other] { $count } проблемы
   *[many] { $count } проблем
} (первая: { $problem }).
link-long-note = Длина этой ссылки — { $chars } { $count ->
    [one] символ
    [few] символа
    [other] символа
   *[many] символов
}, а некоторые почтовые программы портят ссылки длиной более { $max }: если она не откроется, пришлите файл сценария.
menu-copy-link = Копировать ссылку
menu-copy-link-hint = Ссылка на веб-версию, содержащая этот сценарий: получатель увидит сценарий в браузере, и ничего никуда не загружается
menu-open-link = Открыть ссылку…
dialog-open-link-title = Открыть ссылку на сценарий
dialog-open-link-body = Вставьте ссылку на сценарий: адрес целиком или то, что следует после знака #.
dialog-link = Ссылка
button-open = Открыть
link-entry-empty = Сначала вставьте ссылку.
notice-link-copied = Ссылка скопирована ({ $chars } { $count ->
    [one] символ
    [few] символа
    [other] символа
   *[many] символов
}): вставьте её в сообщение — она откроет этот сценарий в веб-версии.
notice-link-copied-long = Ссылка скопирована, но она длинная ({ $chars } { $count ->
    [one] символ
    [few] символа
    [other] символа
   *[many] символов
}), а некоторые почтовые программы портят ссылки длиной более { $max }: если она не откроется, пришлите файл сценария.
notice-opened-link = Сценарий открыт по ссылке: сохраните его, чтобы не потерять.

## Собственные строки командной строки (её справка и ошибки аргументов выводит clap, по-английски)
cli-error = ошибка: { $message }
cli-note = примечание: { $message }
cli-wrote = Записано: { $files }
cli-nothing-written = ничего не записано
cli-brief-not-written = аналитическая записка не записана
cli-chart-not-written = диаграмма не записана
cli-uncertainty = Неопределённость: { $study }
cli-same-assumptions = Допущения двух сценариев совпадают.
cli-percent = --percent { $value }: укажите процент больше 0 и не более 100
cli-not-an-assumption = `{ $path }` не является числовым допущением; укажите путь, например capital.subscribed или countries.KAZ.sovereign_pd
cli-no-study = в сценарии нет анализа неопределённости: задайте распределение для нескольких допущений (вид «Неопределённость» или `uncertainty.assumptions` в файле)
cli-result-needs-year = после `:` в `{ $id }` нужен календарный год
cli-result-needs-country = после `:` в `{ $id }` нужен код страны ({ $codes })
cli-result-needs-sector = после `:` в `{ $id }` нужна отрасль ({ $ids })
cli-result-unknown = неизвестный показатель `{ $id }`; используйте один из следующих: { $ids }, cumulative_financing_by:ГОД, country_financing:КОД, sector_financing:ОТРАСЛЬ, net_position:КОД
cli-not-a-condition = `{ $text }` не является условием; запишите ПОКАЗАТЕЛЬ < ЗНАЧЕНИЕ или ПОКАЗАТЕЛЬ > ЗНАЧЕНИЕ, например "first_binding_year < 2035"
cli-not-a-number = `{ $text }` не является числом
