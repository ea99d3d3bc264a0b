# Mensajes de Resolute en español: diagnósticos, títulos de las
# correcciones, acciones y textos del cursor flotante. El texto citado del
# documento, las signaturas y los números se dejan tal cual; las fechas y
# los ordinales de los períodos de sesiones llegan ya escritos en español.

## bracket-balance

bracket-balance-unopened = suprimir este `]`, o añadir `[` donde empieza el texto en negociación: no cierra ningún `[`
bracket-balance-unclosed = añadir `]` donde termina el texto en negociación, o suprimir este `[`: nunca se cierra

## citation-catalog-date

citation-catalog-date-whole = escribir `{ $write }`: la resolución { $cite } se aprobó el { $known }{ $others }{ $source }, no el { $date }
citation-catalog-date-others = {" "}(o el { $dates })
citation-date-cited-source = {" "}(la fecha que le dan los textos oficiales)
citation-catalog-date-part = escribir `{ $write }`: { $section ->
        [yes] una sección de la resolución { $written }, que se
       *[no] la resolución { $written } se
    } aprobó el { $expected }{ $source }, no el { $date }
citation-catalog-date-parts = verificar la fecha: el catálogo conoce la resolución { $cite } del { $dates }, no del { $date }, y no la fecha de { $written }
citation-catalog-date-fix = Escribir { $written }

## citation-future

citation-future-session = verificar el número: la resolución { $cite } corresponde al { $cited } período de sesiones, posterior al del presente texto ({ $own })
citation-future-number = verificar el número: la resolución { $cite } es posterior a la presente resolución, { $own }
citation-future-session-end = verificar el número: la resolución { $cite } data del { $cited }, después de la clausura, el { $end }, del período de sesiones del presente texto
citation-future-adoption = verificar el número: la resolución { $cite } data del { $cited }, después de la aprobación del presente texto el { $own }

## citation-malformed

citation-malformed-roman = escribir el período de sesiones en números romanos I, II, … XXX: este no es un número romano válido
citation-malformed-old-emergency = escribir `NNNN (ES-{ $roman })`: antes del sexto período extraordinario de sesiones de emergencia, las resoluciones se numeraban según el sistema antiguo
citation-malformed-old-special = escribir `NNNN (S-{ $roman })`: antes del octavo período extraordinario de sesiones, las resoluciones se numeraban según el sistema antiguo
citation-malformed-session-zero = verificar el número: no existe el período de sesiones 0
citation-malformed-number-zero = verificar el número: las resoluciones se numeran a partir de 1
citation-malformed-year = verificar el año: el Consejo de Seguridad aprobó su primera resolución en 1946, no en { $year }
citation-malformed-day-zero = corregir el día: una fecha no puede caer en el día 0
citation-malformed-date = corregir la fecha: el { $date } no existe ({ $month } de { $year } tiene { $days } días)
citation-malformed-roman-regular = la Asamblea General solo escribió sus períodos de sesiones en números romanos hasta el trigésimo (XXX); para el período de sesiones { $n }, escribir `{ $n }/<número>`
citation-malformed-roman-special = a partir del octavo período extraordinario de sesiones, las resoluciones se numeran `S-{ $n }/<número>`, no en números romanos
citation-malformed-roman-emergency = a partir del sexto período extraordinario de sesiones de emergencia, las resoluciones se numeran `ES-{ $n }/<número>`, no en números romanos

## citation-order

citation-order = citar las resoluciones en el orden en que se aprobaron: la resolución { $written } ({ $date }) debería preceder a la resolución { $before_written } ({ $before_date })

## citation-session-date

citation-session-date-sc-year = escribir `{ $number } ({ $actual })`: la resolución { $number } del Consejo de Seguridad se aprobó en { $actual }, no en { $year }
citation-session-date-sc-range = verificar el número y el año: el Consejo de Seguridad aprobó en { $year } las resoluciones { $first } a { $last }; la resolución { $number } no está entre ellas
citation-session-date-sc-date = verificar la fecha: la resolución { $number } ({ $year }) se aprobó en { $year }, pero esta fecha es de { $date_year }
citation-session-date-during = del { $start } al { $end }
citation-session-date-from = a partir del { $start }
citation-session-date-ga = verificar la fecha o el número: la resolución { $written } corresponde al { $session } período de sesiones, que aprobó textos del { $start } al { $end }; el { $date } queda fuera de ese período
citation-session-date-ga-opened = verificar la fecha o el número: la resolución { $written } corresponde a un período de sesiones que se inauguró el { $start }; el { $date } es anterior
citation-session-date-hrc = verificar la fecha o el número: la resolución { $written } del Consejo de Derechos Humanos corresponde a su { $session } período de sesiones, celebrado { $during }; el { $date } queda fuera de ese período
citation-session-date-hrc-dates = verificar la fecha o el número: la resolución { $written } del Consejo de Derechos Humanos data del período { $during }; el { $date } es anterior
citation-session-date-ecosoc = verificar la fecha: la resolución { $year }/{ $number } del Consejo Económico y Social corresponde a su período de sesiones de { $year }, que va de julio a julio ({ $during }); el { $date } queda fuera de ese período
citation-session-date-ecosoc-year = verificar la fecha: la resolución { $year }/{ $number } del Consejo Económico y Social se aprobó en { $year }, pero esta fecha es de { $date_year }
citation-session-date-option = la { $organ ->
        [ga] de la Asamblea General
        [sc] del Consejo de Seguridad
        [hrc] del Consejo de Derechos Humanos
        [ecosoc] del Consejo Económico y Social
       *[other] de otro órgano
    }, { $during }
citation-session-date-none-fits = verificar la fecha o el número: la resolución { $written } sería { $options }; el { $date } no corresponde a ninguna
citation-session-date-year-numbered = verificar la fecha o el número: la resolución { $year }/{ $number } lleva el año de su período de sesiones, que se celebró del { $start } al { $end }; el { $date } queda fuera de ese período

## citation-unknown

citation-unknown-dated = { $cite } del { $date }
citation-unknown-sc = verificar el número: la última resolución del Consejo de Seguridad que conoce el catálogo es la { $last }; la resolución { $number } no se conoce
citation-unknown-session = verificar el número: el catálogo contiene todas las resoluciones del período de sesiones { $name } ({ $first } a { $last }) y la resolución { $written } no está entre ellas

## citation-title

citation-title = citar el título tal cual: la resolución { $cite } se titula “{ $title }”{ $source }
citation-title-cited-in = {" "}(tal como lo cita el documento { $symbol })
citation-title-library = {" "}(tal como lo registra la Biblioteca Digital de las Naciones Unidas)
citation-title-fix = Escribir el título del catálogo

## footnotes

footnote-duplicate = dar a este texto de nota su propio número, o suprimirlo: la nota de pie de página { $number } ya tiene un texto (línea { $first })
footnote-missing = añadir el texto de la nota de pie de página { $n } (una línea `{ $n } <texto>` con las notas, al final), o suprimir esta llamada de nota: la nota de pie de página { $n } no tiene texto
footnote-order = debería ser la nota de pie de página { $expected }: las notas se numeran en el orden en que se citan por primera vez, y la nota { $n } se cita antes que la nota { $expected }
footnote-unused = citar la nota de pie de página { $number } con la llamada { $number } después de las palabras que documenta, o suprimir esta nota: ninguna llamada del texto la cita

## former-name

former-name = escribir `{ $current }`, salvo que el texto se refiera al órgano tal como era entonces: `{ $written }` es un nombre anterior (en uso{ $until }; { $change })
former-name-until = {" "}hasta { $until }

## Quick fixes shared by several rules

fix-write = Escribir `{ $text }`

## operative-numbering

operative-numbering-label-used = este número ya se usa en la línea { $line }: dar a este párrafo un número propio (`bis` para una inserción)
operative-numbering-gap-one = numerar este párrafo { $expected }, o insertar el párrafo { $expected } antes de él: falta el párrafo { $expected }
operative-numbering-gap = numerar este párrafo { $expected }, o insertar los párrafos que faltan: faltan los párrafos { $expected } a { $last }
operative-numbering-mistyped = volver a numerar este párrafo { $expected }: debería llevar el número { $expected }, no { $found }
operative-numbering-twice = volver a numerar este párrafo { $expected }: el número { $found } se usa dos veces
operative-numbering-back = volver a numerar este párrafo { $expected }: sigue al párrafo { $previous }, por lo que no debería llevar el número { $found }

## paragraph-opening

paragraph-opening-preambular-participle = escribir `{ $write }`, no `{ $word }`: un párrafo del preámbulo debería empezar por un participio
paragraph-opening-preambular-verb = escribir el participio de `{ $word }` (`Recalling`, no `Recalls`): un párrafo del preámbulo debería empezar por un participio
paragraph-opening-preambular-subject = escribir `Recalling …`, `Noting …`: un párrafo del preámbulo debería empezar por un participio, no por su sujeto
paragraph-opening-preambular-other = reformular el comienzo: un párrafo del preámbulo debería empezar por un participio o un adjetivo (`Recalling`, `Noting with concern`, `Convinced`), no por `{ $word }`
paragraph-opening-operative-other = reformular el comienzo: un párrafo dispositivo debería empezar por un verbo en presente (`Requests`, `Decides`, `Calls upon`), no por `{ $word }`
paragraph-opening-operative-present = escribir `{ $write }`, no `{ $word }`: un párrafo dispositivo debería empezar por un verbo en presente
paragraph-opening-operative-subject = escribir `{ $verb } …`: un párrafo dispositivo debería empezar por su verbo, sin el sujeto
paragraph-opening-other-part = { $part ->
        [preambular] un párrafo del preámbulo empieza por un participio o un adjetivo
       *[operative] un párrafo dispositivo empieza por un verbo en presente
    }: escribir `{ $other }`, no `{ $word }`
paragraph-opening-other-part-rephrase = { $part ->
        [preambular] un párrafo del preámbulo empieza por un participio o un adjetivo
       *[operative] un párrafo dispositivo empieza por un verbo en presente
    }, no por `{ $form }`: reformular su comienzo

## paragraph-punctuation

paragraph-punctuation-replace = sustituir `{ $found }` por `{ $expected }`: { $what } debería terminar con { $expected_name }, no con { $found_name }
paragraph-punctuation-add = añadir `{ $expected }` al final: { $what } debería terminar con { $expected_name }
paragraph-punctuation-fix-replace = Sustituir `{ $found }` por `{ $expected }`
paragraph-punctuation-fix-add = Añadir `{ $expected }`
paragraph-punctuation-mark = { $mark ->
        [comma] una coma
        [semicolon] un punto y coma
        [full-stop] un punto
        [colon] dos puntos
       *[other] otro carácter
    }
paragraph-punctuation-what = { $what ->
        [preambular] un párrafo del preámbulo
        [operative-not-last] un párrafo dispositivo que no sea el último
        [last] el último párrafo dispositivo
        [last-subparagraph] el último apartado del último párrafo dispositivo
       *[operative] un párrafo dispositivo
    }

## paragraph-reference

paragraph-reference-backwards = escribir párrafos { $high } a { $low }: esta serie de párrafos está invertida
paragraph-reference-missing = corregir la referencia: no hay párrafo { $number }{ $suffix }{ $scope ->
        [above] {" "}supra
        [below] {" "}infra
        [present] {" "}en la presente resolución
       *[none] {""}
    } (los párrafos llegan hasta el párrafo { $last })
paragraph-reference-no-subparagraph = corregir la referencia: el párrafo { $number }{ $suffix } no tiene apartado ({ $sub }){ $sub_suffix }

## repeated-opening

repeated-opening = escribir `{ $written }`: un párrafo que repite el comienzo `{ $base }` del anterior{ $addressee ->
        [same] {" "}para el mismo destinatario
       *[none] {""}
    } debería llevar `{ $adverb }`

## subparagraph-numbering

subparagraph-numbering-gap-one = identificar este apartado como { $expected }, o insertar { $expected } antes de él: falta el apartado { $expected }
subparagraph-numbering-gap = identificar este apartado como { $expected }: faltan los apartados { $expected } a { $last }
subparagraph-numbering-mistyped = volver a identificar este apartado como { $expected }: debería ser { $expected }, no { $found }
subparagraph-numbering-repeat = volver a identificar este apartado como { $expected }: { $found } repite una letra o retrocede

## The hints of a technical update (against the base)

update-session-unstated = {" "}(el proyecto no indica su período de sesiones: se supone el siguiente al del texto de base; escribir `Eightieth session` o su propio número en el encabezado)
update-report-session-copied = escribir `{ $new }`: el período de sesiones `{ $written }` se ha copiado sin cambios del texto de base, que ya lo solicitaba, y el presente proyecto es para ese período de sesiones{ $unstated }
update-report-session-before = escribir `{ $new }`: el texto solicita el { $written } período de sesiones, anterior al del proyecto ({ $draft }){ $unstated }
update-session-copied = escribir `{ $new }`: `{ $written }` se ha copiado sin cambios del texto de base, donde designaba el período de sesiones del texto de base; el presente proyecto es para el { $draft } período de sesiones{ $unstated }
update-base-date = {" "}de { $date }
update-base-not-recalled = recordar la resolución { $cite }{ $date } en el preámbulo: una actualización técnica debería recordar su texto de base, la resolución del período de sesiones anterior
update-base-not-recalled-fix = Recordar la resolución { $cite }

## Hover

hover-footnote = Nota de pie de página { $number }
hover-footnote-no-text = Esta nota de pie de página aún no tiene texto.
hover-footnote-split = `{ $whole }` se lee como `{ $number }` seguido de la llamada de la nota de pie de página { $marker }.

## Code actions

action-renumber-paragraphs = Volver a numerar los párrafos dispositivos y los apartados
action-renumber-footnotes = Volver a numerar las notas de pie de página en el orden en que se citan por primera vez
action-add-footnote = Añadir el texto de la nota de pie de página { $number } (una línea `{ $number } `: escribir el texto a continuación)
action-finalize-numbering = Finalizar la numeración (suprimir las etiquetas PP/OP, numerar las inserciones bis/ter)
action-insert-date = Insertar la fecha de la resolución { $cite } ({ $date })
action-sort-citations = Citar las resoluciones en el orden en que se aprobaron

## version-mismatch (resolute compare: una diferencia con otra versión lingüística)

version-mismatch-language = { $lang ->
        [en] inglesa
        [fr] francesa
        [es] española
        [ar] árabe
        [zh] china
       *[ru] rusa
    }
version-mismatch-moved = este párrafo es { $unit } de la versión { $lang }, donde figura en otro lugar
version-mismatch-missing = la versión { $lang } tiene aquí { $unit }, que falta en esta versión
version-mismatch-extra = { $unit } no figura en la versión { $lang }
version-mismatch-order = este párrafo corresponde a { $unit } de la versión { $lang }: los dos párrafos están en otro orden
version-mismatch-citation-other = cita { $cite } donde la versión { $lang } cita { $other }
version-mismatch-citation-extra = cita { $cite }, que la versión { $lang } no cita aquí
version-mismatch-citation-lacking = no cita { $cite }, que la versión { $lang } cita aquí
version-mismatch-date = { $cite } lleva aquí la fecha { $date } y en la versión { $lang }, { $other }
version-mismatch-date-unread = la fecha de { $cite } no está escrita aquí como una fecha de este idioma (la versión { $lang } le da la fecha { $other })
version-mismatch-date-part = la fecha de { $cite } lleva aquí { $figure } y en la versión { $lang }, { $other }
version-mismatch-footnote-here = la nota de pie de página { $number } se cita aquí, no en este párrafo de la versión { $lang }
version-mismatch-footnote-there = la versión { $lang } cita la nota de pie de página { $number } en este párrafo; esta versión no
version-mismatch-reference = remite al párrafo { $number } donde la versión { $lang } remite al párrafo { $other }
version-mismatch-figure = { $figure } aquí, { $other } en la versión { $lang }
version-mismatch-symbol = { $symbol } aquí, { $other } en la versión { $lang }
version-mismatch-note = la versión { $lang }, aquí
version-mismatch-unit-paragraph = párrafo { $number }
version-mismatch-unit-subparagraph = apartado { $letters }) del párrafo { $number }
version-mismatch-unit-subparagraph-alone = apartado { $letters })
version-mismatch-unit-preambular = párrafo { $number } del preámbulo
version-mismatch-unit-operative = el párrafo dispositivo
version-mismatch-unit-unnumbered = párrafo sin número { $number }
version-mismatch-unit-table-row = fila { $number } del cuadro
version-mismatch-unit-footnote = nota de pie de página { $number }
version-mismatch-unit-in-annex = { $unit } del anexo { $annex }

## Hover on a citation (the catalog's title, symbol and notes stay as the catalog writes them)

hover-citation-organ = { $kind ->
        [decision] decisión
       *[resolution] resolución
    } { $organ ->
        [ga] de la Asamblea General
        [sc] del Consejo de Seguridad
        [hrc] del Consejo de Derechos Humanos
        [ecosoc] del Consejo Económico y Social
       *[other] de otro órgano
    }
hover-citation-ga-session = { $session } período de sesiones de la Asamblea General (del { $start } al { $end })
hover-citation-emergency-session = { $session } período extraordinario de sesiones de emergencia de la Asamblea General
hover-citation-special-session = { $session } período extraordinario de sesiones de la Asamblea General
hover-citation-hrc-session = período de sesiones { $session } del Consejo de Derechos Humanos
hover-citation-ecosoc-year = aprobada en { $year }
hover-citation-title-english = {" "}(en inglés)
hover-citation-title-cited-in = {" "}(tal como se cita en el documento { $symbol })
hover-citation-adopted = Aprobada el { $date }{ $how }.
hover-citation-dated-by-citations = {" "}(la fecha que le dan los textos oficiales)
hover-citation-also-dated = También fechada el { $dates }.
hover-citation-parts = Partes { $parts }.
hover-citation-builtin = Catálogo integrado (datos de las Naciones Unidas).
hover-citation-from-file = Tomado de { $path }, línea { $line }.
hover-citation-declared-by = Declarada por { $uri }.
hover-citation-links = [Texto en undocs.org](https://undocs.org/{ $path }) · [Buscar en la Biblioteca Digital de las Naciones Unidas](https://digitallibrary.un.org/search?ln={ $ln }&p={ $query })
hover-citation-other-body = Las palabras indican que otro órgano aprobó esta { $kind ->
        [decision] decisión
       *[resolution] resolución
    }; el catálogo contiene las de la Asamblea General, el Consejo de Seguridad y el Consejo de Derechos Humanos.
hover-citation-no-body = El texto no indica qué órgano aprobó esta { $kind ->
        [decision] decisión
       *[resolution] resolución
    }, por lo que no se consulta el catálogo (escribir, por ejemplo, `resolución … de la Asamblea General` o `su resolución …`).
hover-citation-unknown = No figura en el catálogo, que contiene todas las resoluciones de esta serie: verificar el número.
hover-citation-partial = No figura en el catálogo, que solo contiene parte de esta serie: eso no prueba nada.
hover-citation-cited-date = {" "}Citada aquí como aprobada el { $date }.
hover-citation-this-text = El presente texto.
hover-citation-own-unknown = Signatura del presente texto; el catálogo aún no la contiene.

## Why a renumbering is declined (the reason of a disabled code action)

renumber-reference-paragraph = párrafo { $item }
renumber-reference-subparagraph = apartado { $item }
renumber-declined-lines = la nueva numeración cambiaría las líneas del texto
renumber-declined-past-end = la nueva numeración modifica una línea posterior al final del texto
renumber-declined-references = la nueva numeración cambiaría las referencias internas del texto
renumber-declined-points-now = `{ $what }`, en la línea { $line }, no remite a ningún párrafo, y la nueva numeración haría que remitiera a uno: corregir primero esa referencia
renumber-declined-points-elsewhere = `{ $what }`, en la línea { $line }, remitiría a otro párrafo tras la nueva numeración
renumber-declined-backwards = la serie que termina en `{ $what }`, en la línea { $line }, quedaría invertida tras la nueva numeración

## Por qué se rechaza un cambio de nombre

rename-declined-here = aquí solo puede cambiarse el número de un párrafo o de una nota
rename-declined-not-a-number = `{ $name }` no es un número: escriba un número entero a partir de 1, por ejemplo { $old }
rename-declined-paragraph = no se puede renumerar el párrafo { $old } como { $new }: { $reason }
rename-declined-footnote-exists = la nota { $new } ya existe: elija un número que ninguna nota tenga, o renumere las notas por orden de primera llamada

## Hover on an opening phrase or an organization (the lexicon's phrases, notes, statuses and names stay as the lexicon writes them; its families, bodies and categories are below)

hover-opening-unknown = No figura en el léxico de fórmulas de apertura.
hover-opening-kind = fórmula de apertura { $part ->
        [preambular] del preámbulo
       *[operative] dispositiva
    }, { $family }
hover-opening-translates = fórmula de apertura { $part ->
        [preambular] del preámbulo
       *[operative] dispositiva
    }, { $family }; traduce *{ $phrase }* (inglés)
hover-opening-used-by = Usada por: { $bodies }; abre { $count } párrafos de los textos aprobados del corpus.
hover-opening-binds-preambular = Un párrafo del preámbulo expone consideraciones; no obliga a nadie.
hover-opening-binds-not = No vinculante: una recomendación, una solicitud o una declaración de posición.
hover-opening-binds-sc-chapter-vii = Vinculante: una decisión del Consejo de Seguridad, que los Estados Miembros convienen en cumplir (Carta, Artículo 25), aquí actuando en virtud del Capítulo VII.
hover-opening-binds-sc = Vinculante como decisión del Consejo de Seguridad (Carta, Artículo 25); se discute si obligan las decisiones adoptadas fuera del Capítulo VII.
hover-opening-binds-ga = Solo obliga en los asuntos internos de la Asamblea (presupuesto, órganos subsidiarios, programa, procedimiento); en lo demás, una recomendación (Carta, Artículos 10 a 14).
hover-opening-binds-decision = Una decisión: vinculante cuando decide el Consejo de Seguridad (Carta, Artículo 25); las decisiones de la Asamblea General solo obligan en asuntos internos.
hover-organization-parent = , dependiente de: { $parent }
hover-organization-status = {" "}Situación: { $status }.
hover-organization-former = { $name } es un nombre anterior, en uso hasta { $until } ({ $change }).
hover-organization-former-names = Nombres anteriores:
hover-organization-former-item = { $name }{ $acronym }, hasta { $until } ({ $change })
hover-organization-unverified = _Conocimiento general, no verificado en una fuente._

## The drafting vocabulary's closed sets in hovers: families of opening phrases, bodies, categories of organizations, strength (codes from the lexicon; notes and statuses stay as the lexicon writes them)
opening-family = { $family ->
    [acknowledgement] reconocimiento
    [approval] aprobación
    [censure] condena
    [cognition] conocimiento
    [concern] preocupación
    [conviction] convicción
    [decision] decisión
    [declaration] declaración
    [emphasis] énfasis
    [exhortation] exhortación
    [position] posición
    [procedure] procedimiento
    [purpose] propósito
    [reference] referencia
    [regret] pesar
    [request] solicitud
    [sc] Consejo de Seguridad
    [sc_chapter_vii] Capítulo VII
   *[other] { $family }
    }
opening-bodies = { $bodies ->
    [ga] la Asamblea General
    [sc] el Consejo de Seguridad
    [mun] solo listas de Modelos de las Naciones Unidas (poco frecuente en los textos de las Naciones Unidas)
   *[all] todos los órganos
    }
organization-category = { $category ->
    [principal_organ] órgano principal de las Naciones Unidas
    [ga_main_committee] Comisión Principal de la Asamblea General
    [ga_subsidiary] órgano subsidiario de la Asamblea General
    [ecosoc_functional_commission] comisión orgánica del Consejo Económico y Social
    [ga_sc_subsidiary] órgano subsidiario de la Asamblea General y del Consejo de Seguridad
    [disarmament_forum] foro de negociación sobre desarme
    [ga_ecosoc_subsidiary] órgano subsidiario de la Asamblea General y del Consejo Económico y Social
    [ecosoc_subsidiary] órgano subsidiario del Consejo Económico y Social
    [sc_subsidiary] órgano subsidiario del Consejo de Seguridad
    [peace_operation] operación de paz de las Naciones Unidas
    [special_political_mission] misión política especial de las Naciones Unidas
    [regional_peace_operation] operación de paz regional
    [specialized_agency] organismo especializado de las Naciones Unidas
    [specialized_agency_world_bank_group] organismo especializado (Grupo Banco Mundial)
    [world_bank_group] institución del Grupo Banco Mundial
    [related_organization] organización conexa del sistema de las Naciones Unidas
    [treaty_body_independent] órgano independiente creado en virtud de un tratado
    [convention_secretariat] secretaría de una convención
    [fund_programme] fondo o programa de las Naciones Unidas
    [research_training] instituto de investigación y formación de las Naciones Unidas
    [secretariat_unit] dependencia de la Secretaría de las Naciones Unidas
    [secretariat_department] departamento u oficina de la Secretaría de las Naciones Unidas
    [secretariat_office] oficina de las Naciones Unidas fuera de la Sede
    [regional_commission] comisión regional del Consejo Económico y Social
    [regional_organization] organización regional
    [intergovernmental_organization] organización intergubernamental
    [other_international_body] organismo internacional
    [development_bank] banco de desarrollo
    [regional_body] organismo regional
    [negotiating_group] grupo de negociación de Estados Miembros
   *[other] { $category }
    }
hover-opening-strength-scale = Fuerza (escala «{ $scale }»): { $steps }
hover-opening-strength = Fuerza { $strength }/6 entre las fórmulas de «{ $family }»
hover-lexicon-note = { $note } _(nota del léxico, en inglés)_

## Compleción de fórmulas de apertura y organizaciones (detalles y documentación)
opening-part = { $part ->
        [preambular] preámbulo
       *[operative] parte dispositiva
    }
completion-strength = fuerza { $strength }/6
completion-english = inglés `{ $english }`
completion-opening-translates = Traduce `{ $english }` (inglés); abre { $count } párrafos de los textos aprobados del corpus paralelo en este idioma.
completion-organization-parent = Depende de: { $parent }.
completion-organization-former = Antes *{ $name }*{ $acronym } (hasta { $until }).
completion-repeated = repetida
completion-repeated-opening = fórmula repetida
completion-repeated-documentation = El párrafo anterior comienza con { $base }: las Naciones Unidas escriben una fórmula repetida { $repeated }.
completion-operative-number = párrafo { $n } de la parte dispositiva
completion-operative-number-documentation = Un nuevo párrafo de la parte dispositiva: `{ $n }.`, una tabulación y luego su verbo.
completion-organization-english = { $english } (inglés)
completion-organization-foreign-documentation = El nombre de `{ $english }` en este idioma, como lo escriben los textos aprobados del corpus paralelo.
completion-organization-first-mention = primera mención
completion-organization-first-mention-documentation = En su primera mención, el nombre completo con la sigla entre paréntesis.
completion-organization-former-detail = nombre anterior, hasta { $until } · ahora { $name }
completion-organization-former-documentation = { $change } (en inglés). Escríbalo solo para el órgano tal como era entonces.

## Inlay hint of a citation's date (the date itself is written in the text's language)
inlay-date-tooltip = Fecha de { $symbol } según el catálogo

## A draft compared with its base, in the editor (lenses and hover)
diff-lens-compared = comparado con { $base }: { $summary } · exportar los cambios con control
diff-summary = { $unchanged } { $unchanged ->
        [one] sin cambios
       *[other] sin cambios
    }, { $changed } { $changed ->
        [one] modificado
       *[other] modificados
    }, { $new } { $new ->
        [one] nuevo
       *[other] nuevos
    }, { $deleted } { $deleted ->
        [one] eliminado
       *[other] eliminados
    }, { $moved } { $moved ->
        [one] desplazado
       *[other] desplazados
    }
diff-status = { $status ->
        [unchanged] sin cambios
        [changed] modificado
        [new] nuevo
       *[deleted] eliminado
    }
diff-split-from = dividido de { $units }
diff-merged-from = fusionado de { $units }
diff-moved-from = desplazado de { $units }
diff-was = antes { $units }
diff-hover-new = No figura en el texto base: un párrafo nuevo.
diff-lens-base-problem = texto base: { $message }

## The outline's groups, and a language's name
outline-preamble = Preámbulo
outline-operative-part = Parte dispositiva
outline-footnotes = Notas
outline-in-brackets = [entre corchetes]
language-name = { $language ->
        [en] inglés
        [fr] francés
        [es] español
        [ar] árabe
        [zh] chino
       *[ru] ruso
    }

## The command line's last line (resolute check, resolute compare)
check-count-errors = { $n ->
        [one] { $n } error
       *[other] { $n } errores
    }
check-count-warnings = { $n ->
        [one] { $n } advertencia
       *[other] { $n } advertencias
    }
check-count-information = { $n ->
        [one] { $n } mensaje informativo
       *[other] { $n } mensajes informativos
    }
check-count-hints = { $n ->
        [one] { $n } sugerencia
       *[other] { $n } sugerencias
    }
check-count-files = { $n ->
        [one] { $n } archivo
       *[other] { $n } archivos
    }
check-count-paths = { $n ->
        [one] { $n } ruta
       *[other] { $n } rutas
    }
check-summary = { $counts } en { $files }
check-unreadable = {" "}(no se pudo leer: { $paths })
check-against = { $summary } respecto de { $reference }

## Notices the editor shows (the details, from the files and the system, stay as they are written)
notice-config-problems = Resolute: { $count ->
        [one] { $count } problema
       *[other] { $count } problemas
    } en los catálogos o en resolute.toml; se cargó el resto. { $first }
notice-export-written = Resolute: cambios con control respecto de { $base } escritos en { $path }
