# Сообщения Resolute на русском языке: диагностика, названия исправлений,
# действия и всплывающие подсказки. Текст, цитируемый из документа,
# условные обозначения и числа остаются как есть; даты и порядковые номера
# сессий приходят уже записанными по-русски.

## bracket-balance

bracket-balance-unopened = удалить эту `]` или добавить `[` там, где начинается согласуемый текст: она не закрывает ни одной `[`
bracket-balance-unclosed = добавить `]` там, где заканчивается согласуемый текст, или удалить эту `[`: она нигде не закрыта

## citation-catalog-date

citation-catalog-date-whole = написать `{ $write }`: резолюция { $cite } была принята { $known }{ $others }{ $source }, а не { $date }
citation-catalog-date-others = {" "}(или { $dates })
citation-date-cited-source = {" "}(дата, которую указывают для нее официальные тексты)
citation-catalog-date-part = написать `{ $write }`: { $section ->
        [yes] раздел резолюции { $written } был принят
       *[no] резолюция { $written } была принята
    } { $expected }{ $source }, а не { $date }
citation-catalog-date-parts = проверить дату: в каталоге есть резолюция { $cite } от { $dates }, а не от { $date }, и нет даты { $written }
citation-catalog-date-fix = Написать { $written }

## citation-future

citation-future-session = проверить номер: резолюция { $cite } относится к { $cited } сессии, более поздней, чем сессия настоящего текста ({ $own })
citation-future-number = проверить номер: резолюция { $cite } является более поздней, чем настоящая резолюция, { $own }
citation-future-session-end = проверить номер: резолюция { $cite } датирована { $cited }, то есть после закрытия { $end } сессии настоящего текста
citation-future-adoption = проверить номер: резолюция { $cite } датирована { $cited }, то есть после принятия настоящего текста { $own }

## citation-malformed

citation-malformed-roman = записать сессию римскими цифрами I, II, … XXX: это не правильное римское число
citation-malformed-old-emergency = написать `NNNN (ES-{ $roman })`: до шестой чрезвычайной специальной сессии резолюции нумеровались по старой системе
citation-malformed-old-special = написать `NNNN (S-{ $roman })`: до восьмой специальной сессии резолюции нумеровались по старой системе
citation-malformed-session-zero = проверить номер: сессии 0 не существует
citation-malformed-number-zero = проверить номер: резолюции нумеруются начиная с 1
citation-malformed-year = проверить год: Совет Безопасности принял свою первую резолюцию в 1946 году, а не в { $year } году
citation-malformed-day-zero = исправить день: дата не может приходиться на день 0
citation-malformed-date = исправить дату: { $date } не существует ({ $month } { $year } года: { $days } { $days ->
        [one] день
        [few] дня
        [many] дней
       *[other] дня
    })
citation-malformed-roman-regular = Генеральная Ассамблея записывала номера сессий римскими цифрами только до тридцатой (XXX); для сессии { $n } написать `{ $n }/<номер>`
citation-malformed-roman-special = начиная с восьмой специальной сессии резолюции нумеруются `S-{ $n }/<номер>`, а не римскими цифрами
citation-malformed-roman-emergency = начиная с шестой чрезвычайной специальной сессии резолюции нумеруются `ES-{ $n }/<номер>`, а не римскими цифрами

## citation-order

citation-order = перечислять резолюции в порядке их принятия: резолюция { $written } ({ $date }) должна стоять перед резолюцией { $before_written } ({ $before_date })

## citation-session-date

citation-session-date-sc-year = написать `{ $number } ({ $actual })`: резолюция { $number } Совета Безопасности была принята в { $actual } году, а не в { $year } году
citation-session-date-sc-range = проверить номер и год: в { $year } году Совет Безопасности принял резолюции { $first }–{ $last }; резолюции { $number } среди них нет
citation-session-date-sc-date = проверить дату: резолюция { $number } ({ $year }) была принята в { $year } году, а эта дата относится к { $date_year } году
citation-session-date-during = с { $start } по { $end }
citation-session-date-from = начиная с { $start }
citation-session-date-ga = проверить дату или номер: резолюция { $written } относится к { $session } сессии, на которой тексты принимались с { $start } по { $end }; { $date } не входит в этот период
citation-session-date-ga-opened = проверить дату или номер: резолюция { $written } относится к сессии, открывшейся { $start }; { $date } — более ранняя дата
citation-session-date-hrc = проверить дату или номер: резолюция { $written } Совета по правам человека относится к его { $session } сессии, проходившей { $during }; { $date } не входит в этот период
citation-session-date-hrc-dates = проверить дату или номер: резолюция { $written } Совета по правам человека датирована периодом { $during }; { $date } — более ранняя дата
citation-session-date-ecosoc = проверить дату: резолюция { $year }/{ $number } Экономического и Социального Совета относится к его сессии { $year } года, которая длится с июля по июль ({ $during }); { $date } не входит в этот период
citation-session-date-ecosoc-year = проверить дату: резолюция { $year }/{ $number } Экономического и Социального Совета была принята в { $year } году, а эта дата относится к { $date_year } году
citation-session-date-option = резолюцией { $organ ->
        [ga] Генеральной Ассамблеи
        [sc] Совета Безопасности
        [hrc] Совета по правам человека
        [ecosoc] Экономического и Социального Совета
       *[other] другого органа
    }, { $during }
citation-session-date-none-fits = проверить дату или номер: резолюция { $written } была бы { $options }; { $date } не подходит ни к одному из вариантов
citation-session-date-year-numbered = проверить дату или номер: резолюция { $year }/{ $number } нумеруется по году своей сессии, проходившей с { $start } по { $end }; { $date } не входит в этот период

## citation-unknown

citation-unknown-dated = { $cite } от { $date }
citation-unknown-sc = проверить номер: последняя резолюция Совета Безопасности в каталоге — { $last }; резолюция { $number } неизвестна
citation-unknown-session = проверить номер: в каталоге есть все резолюции сессии { $name } ({ $first }–{ $last }), и резолюции { $written } среди них нет

## citation-title

citation-title = привести название точно: резолюция { $cite } озаглавлена «{ $title }»{ $source }
citation-title-cited-in = {" "}(как его приводит документ { $symbol })
citation-title-library = {" "}(как оно записано в Цифровой библиотеке ООН)
citation-title-fix = Написать название из каталога

## footnotes

footnote-duplicate = дать тексту этой сноски собственный номер или удалить его: у сноски { $number } уже есть текст (строка { $first })
footnote-missing = добавить текст сноски { $n } (строку `{ $n } <текст>` со сносками в конце) или удалить этот знак сноски: у сноски { $n } нет текста
footnote-order = здесь должна быть сноска { $expected }: сноски нумеруются в порядке первой ссылки на них, а на сноску { $n } ссылка дается раньше, чем на сноску { $expected }
footnote-unused = сослаться на сноску { $number } знаком { $number } после слов, к которым она относится, или удалить эту сноску: ни один знак в тексте на нее не ссылается

## former-name

former-name = написать `{ $current }`, если только текст не имеет в виду орган в его тогдашнем виде: `{ $written }` — прежнее название (использовалось{ $until }; { $change })
former-name-until = {" "}до { $until }

## Quick fixes shared by several rules

fix-write = Написать `{ $text }`

## operative-numbering

operative-numbering-label-used = этот номер уже использован в строке { $line }: дать этому пункту собственный номер (`bis` для вставки)
operative-numbering-gap-one = присвоить этому пункту номер { $expected } или вставить перед ним пункт { $expected }: пункт { $expected } отсутствует
operative-numbering-gap = присвоить этому пункту номер { $expected } или вставить недостающие пункты: пункты { $expected }–{ $last } отсутствуют
operative-numbering-mistyped = перенумеровать этот пункт в { $expected }: он должен иметь номер { $expected }, а не { $found }
operative-numbering-twice = перенумеровать этот пункт в { $expected }: номер { $found } использован дважды
operative-numbering-back = перенумеровать этот пункт в { $expected }: он следует за пунктом { $previous }, поэтому не должен иметь номер { $found }

## paragraph-opening

paragraph-opening-preambular-participle = написать `{ $write }`, а не `{ $word }`: пункт преамбулы должен начинаться с причастия
paragraph-opening-preambular-verb = написать причастие от `{ $word }` (`Recalling`, а не `Recalls`): пункт преамбулы должен начинаться с причастия
paragraph-opening-preambular-subject = написать `Recalling …`, `Noting …`: пункт преамбулы должен начинаться с причастия, а не с подлежащего
paragraph-opening-preambular-other = переформулировать начало: пункт преамбулы должен начинаться с причастия или прилагательного (`Recalling`, `Noting with concern`, `Convinced`), а не с `{ $word }`
paragraph-opening-operative-other = переформулировать начало: пункт постановляющей части должен начинаться с глагола в настоящем времени (`Requests`, `Decides`, `Calls upon`), а не с `{ $word }`
paragraph-opening-operative-present = написать `{ $write }`, а не `{ $word }`: пункт постановляющей части должен начинаться с глагола в настоящем времени
paragraph-opening-operative-subject = написать `{ $verb } …`: пункт постановляющей части должен начинаться с глагола, без подлежащего
paragraph-opening-other-part = { $part ->
        [preambular] пункт преамбулы начинается с причастия или прилагательного
       *[operative] пункт постановляющей части начинается с глагола в настоящем времени
    }: написать `{ $other }`, а не `{ $word }`
paragraph-opening-other-part-rephrase = { $part ->
        [preambular] пункт преамбулы начинается с причастия или прилагательного
       *[operative] пункт постановляющей части начинается с глагола в настоящем времени
    }, а не с `{ $form }`: переформулировать его начало

## paragraph-punctuation

paragraph-punctuation-replace = заменить `{ $found }` на `{ $expected }`: { $what } должен заканчиваться { $expected_name }, а не { $found_name }
paragraph-punctuation-add = добавить `{ $expected }` в конце: { $what } должен заканчиваться { $expected_name }
paragraph-punctuation-fix-replace = Заменить `{ $found }` на `{ $expected }`
paragraph-punctuation-fix-add = Добавить `{ $expected }`
paragraph-punctuation-mark = { $mark ->
        [comma] запятой
        [semicolon] точкой с запятой
        [full-stop] точкой
        [colon] двоеточием
       *[other] другим знаком
    }
paragraph-punctuation-what = { $what ->
        [preambular] пункт преамбулы
        [operative-not-last] пункт постановляющей части, кроме последнего,
        [last] последний пункт постановляющей части
        [last-subparagraph] последний подпункт последнего пункта постановляющей части
       *[operative] пункт постановляющей части
    }

## paragraph-reference

paragraph-reference-backwards = написать пункты { $high }–{ $low }: этот диапазон идет в обратном порядке
paragraph-reference-missing = исправить ссылку: пункта { $number }{ $suffix }{ $scope ->
        [above] {" "}выше
        [below] {" "}ниже
        [present] {" "}в настоящей резолюции
       *[none] {""}
    } нет (пункты идут до пункта { $last })
paragraph-reference-no-subparagraph = исправить ссылку: в пункте { $number }{ $suffix } нет подпункта ({ $sub }){ $sub_suffix }

## repeated-opening

repeated-opening = написать `{ $written }`: пункт, повторяющий начало `{ $base }` предыдущего пункта{ $addressee ->
        [same] {" "}с тем же адресатом
       *[none] {""}
    }, должен содержать `{ $adverb }`

## subparagraph-numbering

subparagraph-numbering-gap-one = обозначить этот подпункт { $expected } или вставить перед ним { $expected }: подпункт { $expected } отсутствует
subparagraph-numbering-gap = обозначить этот подпункт { $expected }: подпункты { $expected }–{ $last } отсутствуют
subparagraph-numbering-mistyped = переобозначить этот подпункт { $expected }: он должен быть { $expected }, а не { $found }
subparagraph-numbering-repeat = переобозначить этот подпункт { $expected }: { $found } повторяет обозначение или идет назад

## The hints of a technical update (against the base)

update-session-unstated = {" "}(в проекте не указана его сессия: предполагается сессия, следующая за сессией базового текста; написать в заголовке `Eightieth session` или собственный номер сессии)
update-report-session-copied = написать `{ $new }`: сессия `{ $written }` скопирована без изменений из базового текста, в котором она уже запрашивалась, а настоящий проект предназначен для этой сессии{ $unstated }
update-report-session-before = написать `{ $new }`: здесь запрашивается { $written } сессия, предшествующая сессии проекта ({ $draft }){ $unstated }
update-session-copied = написать `{ $new }`: `{ $written }` скопировано без изменений из базового текста, где оно означало сессию базового текста; настоящий проект предназначен для { $draft } сессии{ $unstated }
update-base-date = {" "}от { $date }
update-base-not-recalled = сослаться в преамбуле на резолюцию { $cite }{ $date }: техническое обновление должно ссылаться на свой базовый текст, резолюцию предыдущей сессии
update-base-not-recalled-fix = Сослаться на резолюцию { $cite }

## Hover

hover-footnote = Сноска { $number }
hover-footnote-no-text = У этой сноски еще нет текста.
hover-footnote-split = `{ $whole }` читается как `{ $number }` и знак сноски { $marker }.

## Code actions

action-renumber-paragraphs = Перенумеровать пункты постановляющей части и подпункты
action-renumber-footnotes = Перенумеровать сноски в порядке первой ссылки на них
action-add-footnote = Добавить текст сноски { $number } (строку `{ $number } `: ввести текст после нее)
action-finalize-numbering = Окончательно пронумеровать (удалить обозначения PP/OP, пронумеровать вставки bis/ter)
action-insert-date = Вставить дату резолюции { $cite } ({ $date })
action-sort-citations = Расположить ссылки на резолюции в порядке их принятия

## version-mismatch (resolute compare: расхождение с текстом на другом языке)

version-mismatch-language = { $lang ->
        [en] английском языке
        [fr] французском языке
        [es] испанском языке
        [ar] арабском языке
        [zh] китайском языке
       *[ru] русском языке
    }
version-mismatch-moved = этот пункт — { $unit } текста на { $lang }, где он стоит в другом месте
version-mismatch-missing = в тексте на { $lang } здесь есть { $unit }, а в этом тексте — нет
version-mismatch-extra = { $unit } отсутствует в тексте на { $lang }
version-mismatch-order = этот пункт соответствует элементу текста на { $lang } «{ $unit }»: эти два пункта стоят в другом порядке
version-mismatch-citation-other = ссылается на { $cite }, тогда как текст на { $lang } — на { $other }
version-mismatch-citation-extra = ссылается на { $cite }; в тексте на { $lang } здесь такой ссылки нет
version-mismatch-citation-lacking = не содержит ссылки на { $cite }, которая здесь есть в тексте на { $lang }
version-mismatch-date = дата { $cite } здесь — { $date }, а в тексте на { $lang } — { $other }
version-mismatch-date-unread = дата { $cite } записана здесь не как дата на этом языке (в тексте на { $lang } — { $other })
version-mismatch-date-part = в дате { $cite } здесь стоит { $figure }, а в тексте на { $lang } — { $other }
version-mismatch-footnote-here = здесь стоит ссылка на сноску { $number }, а в этом пункте текста на { $lang } ее нет
version-mismatch-footnote-there = в этом пункте текста на { $lang } есть ссылка на сноску { $number }; в этом тексте ее нет
version-mismatch-reference = ссылается на пункт { $number }, тогда как текст на { $lang } — на пункт { $other }
version-mismatch-figure = здесь { $figure }, в тексте на { $lang } — { $other }
version-mismatch-symbol = здесь { $symbol }, в тексте на { $lang } — { $other }
version-mismatch-note = текст на { $lang } здесь
version-mismatch-unit-paragraph = пункт { $number }
version-mismatch-unit-subparagraph = подпункт ({ $letters }) пункта { $number }
version-mismatch-unit-subparagraph-alone = подпункт ({ $letters })
version-mismatch-unit-preambular = пункт { $number } преамбулы
version-mismatch-unit-operative = пункт постановляющей части
version-mismatch-unit-unnumbered = ненумерованный абзац { $number }
version-mismatch-unit-table-row = строка { $number } таблицы
version-mismatch-unit-footnote = сноска { $number }
version-mismatch-unit-in-annex = { $unit } приложения { $annex }

## Hover on a citation (the catalog's title, symbol and notes stay as the catalog writes them)

hover-citation-organ = { $kind ->
        [decision] решение
       *[resolution] резолюция
    } { $organ ->
        [ga] Генеральной Ассамблеи
        [sc] Совета Безопасности
        [hrc] Совета по правам человека
        [ecosoc] Экономического и Социального Совета
       *[other] другого органа
    }
hover-citation-ga-session = относится к { $session } сессии Генеральной Ассамблеи (с { $start } по { $end })
hover-citation-emergency-session = относится к { $session } чрезвычайной специальной сессии Генеральной Ассамблеи
hover-citation-special-session = относится к { $session } специальной сессии Генеральной Ассамблеи
hover-citation-hrc-session = относится к сессии { $session } Совета по правам человека
hover-citation-ecosoc-year = принята в { $year } году
hover-citation-title-english = {" "}(на английском языке)
hover-citation-title-cited-in = {" "}(как приводится в документе { $symbol })
hover-citation-adopted = Дата принятия: { $date }{ $how }.
hover-citation-dated-by-citations = {" "}(дата, которую указывают официальные тексты)
hover-citation-also-dated = Другие даты: { $dates }.
hover-citation-parts = Части: { $parts }.
hover-citation-builtin = Встроенный каталог (данные Организации Объединенных Наций).
hover-citation-from-file = Из { $path }, строка { $line }.
hover-citation-declared-by = Объявлено в { $uri }.
hover-citation-links = [Текст на undocs.org](https://undocs.org/{ $path }) · [Поиск в Цифровой библиотеке ООН](https://digitallibrary.un.org/search?ln={ $ln }&p={ $query })
hover-citation-other-body = Из формулировки следует, что { $kind ->
        [decision] это решение принято
       *[resolution] эта резолюция принята
    } другим органом; каталог содержит резолюции Генеральной Ассамблеи, Совета Безопасности и Совета по правам человека.
hover-citation-no-body = В тексте не сказано, какой орган { $kind ->
        [decision] принял это решение
       *[resolution] принял эту резолюцию
    }, поэтому каталог не используется (написать, например, `резолюция … Генеральной Ассамблеи` или `своей резолюции …`).
hover-citation-unknown = Отсутствует в каталоге, который содержит все резолюции этой серии: проверить номер.
hover-citation-partial = Отсутствует в каталоге, который содержит эту серию лишь частично: это ничего не доказывает.
hover-citation-cited-date = {" "}Здесь указана дата принятия { $date }.
hover-citation-this-text = Настоящий текст.
hover-citation-own-unknown = Условное обозначение настоящего текста; в каталоге его пока нет.

## Why a renumbering is declined (the reason of a disabled code action)

renumber-reference-paragraph = пункт { $item }
renumber-reference-subparagraph = подпункт { $item }
renumber-declined-lines = перенумерация изменила бы строки текста
renumber-declined-past-end = перенумерация изменяет строку за концом текста
renumber-declined-references = перенумерация изменила бы внутренние ссылки текста
renumber-declined-points-now = `{ $what }` в строке { $line } не указывает ни на один пункт, а после перенумерации стало бы указывать на один из них: сначала исправить эту ссылку
renumber-declined-points-elsewhere = `{ $what }` в строке { $line } после перенумерации указывало бы на другой пункт
renumber-declined-backwards = диапазон, заканчивающийся на `{ $what }` в строке { $line }, после перенумерации шел бы в обратном порядке

## Почему переименование отклонено

rename-declined-here = здесь можно переименовать только номер пункта или сноски
rename-declined-not-a-number = `{ $name }` не является числом: напишите целое число начиная с 1, например { $old }
rename-declined-paragraph = невозможно перенумеровать пункт { $old } в { $new }: { $reason }
rename-declined-footnote-exists = сноска { $new } уже существует: выберите номер, которого нет ни у одной сноски, или перенумеруйте сноски в порядке первой ссылки

## Hover on an opening phrase or an organization (the lexicon's phrases, notes, statuses and names stay as the lexicon writes them; its families, bodies and categories are below)

hover-opening-unknown = Нет в словаре вступительных формулировок.
hover-opening-kind = вступительная формулировка { $part ->
        [preambular] преамбулы
       *[operative] постановляющей части
    }, { $family }
hover-opening-translates = вступительная формулировка { $part ->
        [preambular] преамбулы
       *[operative] постановляющей части
    }, { $family }; соответствует *{ $phrase }* (английский)
hover-opening-used-by = Используется: { $bodies }; открывает { $count } { $count ->
        [one] пункт
        [few] пункта
       *[many] пунктов
    } принятых текстов корпуса.
hover-opening-binds-preambular = Пункт преамбулы излагает соображения; он никого не обязывает.
hover-opening-binds-not = Не имеет обязательной силы: рекомендация, просьба или изложение позиции.
hover-opening-binds-sc-chapter-vii = Имеет обязательную силу: решение Совета Безопасности, которое государства-члены соглашаются выполнять (Устав, статья 25), действующего здесь на основании главы VII.
hover-opening-binds-sc = Имеет обязательную силу как решение Совета Безопасности (Устав, статья 25); обязательность решений, принятых вне рамок главы VII, оспаривается.
hover-opening-binds-ga = Обязывает только по внутренним вопросам Ассамблеи (бюджет, вспомогательные органы, повестка дня, процедура); в остальном — рекомендация (Устав, статьи 10–14).
hover-opening-binds-decision = Решение: имеет обязательную силу, когда решает Совет Безопасности (Устав, статья 25); решения Генеральной Ассамблеи обязывают только по внутренним вопросам.
hover-organization-parent = , в ведении: { $parent }
hover-organization-status = {" "}Статус: { $status }.
hover-organization-former = { $name } — прежнее название, использовавшееся до { $until } ({ $change }).
hover-organization-former-names = Прежние названия:
hover-organization-former-item = { $name }{ $acronym }, до { $until } ({ $change })
hover-organization-unverified = _Из общих сведений, не проверено по источнику._

## The drafting vocabulary's closed sets in hovers: families of opening phrases, bodies, categories of organizations, strength (codes from the lexicon; notes and statuses stay as the lexicon writes them)
opening-family = { $family ->
    [acknowledgement] признание
    [approval] одобрение
    [censure] осуждение
    [cognition] осведомлённость
    [concern] обеспокоенность
    [conviction] убеждённость
    [decision] решение
    [declaration] заявление
    [emphasis] акцент
    [exhortation] призыв
    [position] позиция
    [procedure] процедура
    [purpose] цель
    [reference] ссылка
    [regret] сожаление
    [request] просьба
    [sc] Совет Безопасности
    [sc_chapter_vii] глава VII
   *[other] { $family }
    }
opening-bodies = { $bodies ->
    [ga] Генеральная Ассамблея
    [sc] Совет Безопасности
    [mun] только списки моделей ООН (редко встречается в текстах ООН)
   *[all] все органы
    }
organization-category = { $category ->
    [principal_organ] главный орган Организации Объединенных Наций
    [ga_main_committee] главный комитет Генеральной Ассамблеи
    [ga_subsidiary] вспомогательный орган Генеральной Ассамблеи
    [ecosoc_functional_commission] функциональная комиссия Экономического и Социального Совета
    [ga_sc_subsidiary] вспомогательный орган Генеральной Ассамблеи и Совета Безопасности
    [disarmament_forum] форум для переговоров по разоружению
    [ga_ecosoc_subsidiary] вспомогательный орган Генеральной Ассамблеи и Экономического и Социального Совета
    [ecosoc_subsidiary] вспомогательный орган Экономического и Социального Совета
    [sc_subsidiary] вспомогательный орган Совета Безопасности
    [peace_operation] миротворческая операция Организации Объединенных Наций
    [special_political_mission] специальная политическая миссия Организации Объединенных Наций
    [regional_peace_operation] региональная миротворческая операция
    [specialized_agency] специализированное учреждение Организации Объединенных Наций
    [specialized_agency_world_bank_group] специализированное учреждение (Группа Всемирного банка)
    [world_bank_group] учреждение Группы Всемирного банка
    [related_organization] связанная организация системы Организации Объединенных Наций
    [treaty_body_independent] независимый договорный орган
    [convention_secretariat] секретариат конвенции
    [fund_programme] фонд или программа Организации Объединенных Наций
    [research_training] научно-исследовательский и учебный институт Организации Объединенных Наций
    [secretariat_unit] подразделение Секретариата Организации Объединенных Наций
    [secretariat_department] департамент или управление Секретариата Организации Объединенных Наций
    [secretariat_office] отделение Организации Объединенных Наций вне Центральных учреждений
    [regional_commission] региональная комиссия Экономического и Социального Совета
    [regional_organization] региональная организация
    [intergovernmental_organization] межправительственная организация
    [other_international_body] международный орган
    [development_bank] банк развития
    [regional_body] региональный орган
    [negotiating_group] переговорная группа государств-членов
   *[other] { $category }
    }
hover-opening-strength-scale = Сила (шкала «{ $scale }»): { $steps }
hover-opening-strength = Сила { $strength }/6 среди формулировок группы «{ $family }»
hover-lexicon-note = { $note } _(примечание словаря, на английском языке)_

## Автодополнение вступительных формулировок и организаций (сведения и описание)
opening-part = { $part ->
        [preambular] преамбула
       *[operative] постановляющая часть
    }
completion-strength = сила { $strength }/6
completion-english = по-английски `{ $english }`
completion-opening-translates = Соответствует `{ $english }` (английский); открывает { $count } { $count ->
        [one] пункт
        [few] пункта
       *[many] пунктов
    } принятых текстов параллельного корпуса на этом языке.
completion-organization-parent = В ведении: { $parent }.
completion-organization-former = Прежнее название: *{ $name }*{ $acronym } (до { $until }).
completion-repeated = повтор
completion-repeated-opening = повторная формулировка
completion-repeated-documentation = Предыдущий пункт начинается с { $base }: в ООН повторную формулировку пишут так: { $repeated }.
completion-operative-number = пункт { $n } постановляющей части
completion-operative-number-documentation = Новый пункт постановляющей части: `{ $n }.`, табуляция, затем глагол.
completion-organization-english = { $english } (английский)
completion-organization-foreign-documentation = Название `{ $english }` на этом языке, как его пишут принятые тексты параллельного корпуса.
completion-organization-first-mention = первое упоминание
completion-organization-first-mention-documentation = При первом упоминании — полное название с аббревиатурой в скобках.
completion-organization-former-detail = прежнее название, до { $until } · ныне { $name }
completion-organization-former-documentation = { $change } (на английском языке). Пишется только применительно к органу в его тогдашнем виде.

## Inlay hint of a citation's date (the date itself is written in the text's language)
inlay-date-tooltip = Дата { $symbol } по каталогу

## A draft compared with its base, in the editor (lenses and hover)
diff-lens-compared = сравнение с { $base }: { $summary } · экспорт с отслеживанием изменений
diff-summary = без изменений: { $unchanged }, изменено: { $changed }, новых: { $new }, удалено: { $deleted }, перемещено: { $moved }
diff-status = { $status ->
        [unchanged] без изменений
        [changed] изменён
        [new] новый
       *[deleted] удалён
    }
diff-split-from = выделен из { $units }
diff-merged-from = объединён из { $units }
diff-moved-from = перемещён из { $units }
diff-was = ранее { $units }
diff-hover-new = Нет в базовом тексте: новый пункт.
diff-lens-base-problem = базовый текст: { $message }

## The outline's groups, and a language's name
outline-preamble = Преамбула
outline-operative-part = Постановляющая часть
outline-footnotes = Сноски
outline-in-brackets = [в квадратных скобках]
language-name = { $language ->
        [en] английский
        [fr] французский
        [es] испанский
        [ar] арабский
        [zh] китайский
       *[ru] русский
    }

## The command line's last line (resolute check, resolute compare)
check-count-errors = { $n ->
        [one] { $n } ошибка
        [few] { $n } ошибки
       *[many] { $n } ошибок
    }
check-count-warnings = { $n ->
        [one] { $n } предупреждение
        [few] { $n } предупреждения
       *[many] { $n } предупреждений
    }
check-count-information = { $n ->
        [one] { $n } сообщение
        [few] { $n } сообщения
       *[many] { $n } сообщений
    }
check-count-hints = { $n ->
        [one] { $n } подсказка
        [few] { $n } подсказки
       *[many] { $n } подсказок
    }
check-count-files = { $n ->
        [one] { $n } файле
       *[many] { $n } файлах
    }
check-count-paths = { $n ->
        [one] { $n } путь
        [few] { $n } пути
       *[many] { $n } путей
    }
check-summary = { $counts } в { $files }
check-unreadable = {" "}(не удалось прочитать: { $paths })
check-against = { $summary } по сравнению с { $reference }

## Notices the editor shows (the details, from the files and the system, stay as they are written)
notice-config-problems = Resolute: { $count ->
        [one] { $count } проблема
        [few] { $count } проблемы
       *[many] { $count } проблем
    } в каталогах или resolute.toml; остальное загружено. { $first }
notice-export-written = Resolute: изменения с отслеживанием относительно { $base } записаны в { $path }
