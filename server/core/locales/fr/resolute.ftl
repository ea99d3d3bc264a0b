# Messages de Resolute en français : diagnostics, titres des corrections,
# actions et libellés du survol. Le texte cité du document, les cotes et
# les nombres restent tels quels.

## bracket-balance

bracket-balance-unopened = supprimer ce `]`, ou ajouter `[` là où commence le texte en discussion : il ne ferme aucun `[`
bracket-balance-unclosed = ajouter `]` là où se termine le texte en discussion, ou supprimer ce `[` : il n'est jamais fermé

## citation-catalog-date

citation-catalog-date-whole = écrire `{ $write }` : la résolution { $cite } a été adoptée le { $known }{ $others }{ $source }, et non le { $date }
citation-catalog-date-others = {" "}(ou le { $dates })
citation-date-cited-source = {" "}(date que lui donnent les textes officiels)
citation-catalog-date-part = écrire `{ $write }` : { $section ->
        [yes] une section de la résolution { $written }, laquelle a été
       *[no] la résolution { $written } a été
    } adoptée le { $expected }{ $source }, et non le { $date }
citation-catalog-date-parts = vérifier la date : le catalogue connaît la résolution { $cite } du { $dates }, non du { $date }, et ne connaît pas la date de { $written }
citation-catalog-date-fix = Écrire { $written }

## citation-future

citation-future-session = vérifier le numéro : la résolution { $cite } relève de la { $cited } session, postérieure à celle du présent texte ({ $own })
citation-future-number = vérifier le numéro : la résolution { $cite } est postérieure à la présente résolution, { $own }
citation-future-session-end = vérifier le numéro : la résolution { $cite } date du { $cited }, après la clôture, le { $end }, de la session du présent texte
citation-future-adoption = vérifier le numéro : la résolution { $cite } date du { $cited }, après l'adoption du présent texte le { $own }

## citation-malformed

citation-malformed-roman = écrire la session en chiffres romains I, II, … XXX : ce n'est pas un chiffre romain valable
citation-malformed-old-emergency = écrire `NNNN (ES-{ $roman })` : avant la sixième session extraordinaire d'urgence, les résolutions étaient numérotées selon l'ancien système
citation-malformed-old-special = écrire `NNNN (S-{ $roman })` : avant la huitième session extraordinaire, les résolutions étaient numérotées selon l'ancien système
citation-malformed-session-zero = vérifier le numéro : il n'y a pas de session 0
citation-malformed-number-zero = vérifier le numéro : les résolutions sont numérotées à partir de 1
citation-malformed-year = vérifier l'année : le Conseil de sécurité a adopté sa première résolution en 1946, et non en { $year }
citation-malformed-day-zero = corriger le jour : une date ne peut tomber le jour 0
citation-malformed-date = corriger la date : le { $date } n'existe pas ({ $month } { $year } compte { $days } jours)
citation-malformed-roman-regular = l'Assemblée générale n'a écrit ses sessions en chiffres romains que jusqu'à la trentième (XXX) ; pour la session { $n }, écrire `{ $n }/<numéro>`
citation-malformed-roman-special = à partir de la huitième session extraordinaire, les résolutions sont numérotées `S-{ $n }/<numéro>`, et non en chiffres romains
citation-malformed-roman-emergency = à partir de la sixième session extraordinaire d'urgence, les résolutions sont numérotées `ES-{ $n }/<numéro>`, et non en chiffres romains

## citation-order

citation-order = citer les résolutions dans l'ordre de leur adoption : la résolution { $written } ({ $date }) devrait précéder la résolution { $before_written } ({ $before_date })

## citation-session-date

citation-session-date-sc-year = écrire `{ $number } ({ $actual })` : la résolution { $number } du Conseil de sécurité a été adoptée en { $actual }, et non en { $year }
citation-session-date-sc-range = vérifier le numéro et l'année : le Conseil de sécurité a adopté en { $year } les résolutions { $first } à { $last } ; la résolution { $number } n'en fait pas partie
citation-session-date-sc-date = vérifier la date : la résolution { $number } ({ $year }) a été adoptée en { $year }, mais cette date tombe en { $date_year }
citation-session-date-during = du { $start } au { $end }
citation-session-date-from = à partir du { $start }
citation-session-date-ga = vérifier la date ou le numéro : la résolution { $written } relève de la { $session } session, qui a adopté des textes du { $start } au { $end } ; le { $date } est hors de cette période
citation-session-date-ga-opened = vérifier la date ou le numéro : la résolution { $written } relève d'une session ouverte le { $start } ; le { $date } est antérieur
citation-session-date-hrc = vérifier la date ou le numéro : la résolution { $written } du Conseil des droits de l'homme relève de sa { $session } session, tenue { $during } ; le { $date } est hors de cette période
citation-session-date-hrc-dates = vérifier la date ou le numéro : la résolution { $written } du Conseil des droits de l'homme date de la période { $during } ; le { $date } est antérieur
citation-session-date-ecosoc = vérifier la date : la résolution { $year }/{ $number } du Conseil économique et social relève de sa session de { $year }, qui va de juillet à juillet ({ $during }) ; le { $date } est hors de cette période
citation-session-date-ecosoc-year = vérifier la date : la résolution { $year }/{ $number } du Conseil économique et social a été adoptée en { $year }, mais cette date tombe en { $date_year }
citation-session-date-option = celle { $organ ->
        [ga] de l'Assemblée générale
        [sc] du Conseil de sécurité
        [hrc] du Conseil des droits de l'homme
        [ecosoc] du Conseil économique et social
       *[other] d'un autre organe
    }, { $during }
citation-session-date-none-fits = vérifier la date ou le numéro : la résolution { $written } serait { $options } ; le { $date } ne correspond à aucune
citation-session-date-year-numbered = vérifier la date ou le numéro : la résolution { $year }/{ $number } est numérotée d'après l'année de sa session, qui s'est tenue du { $start } au { $end } ; le { $date } est hors de cette période

## citation-unknown

citation-unknown-dated = { $cite } du { $date }
citation-unknown-sc = vérifier le numéro : la dernière résolution du Conseil de sécurité que connaît le catalogue est la résolution { $last } ; la résolution { $number } est inconnue
citation-unknown-session = vérifier le numéro : le catalogue contient toutes les résolutions de la session { $name } ({ $first } à { $last }) et la résolution { $written } n'en fait pas partie

## citation-title

citation-title = citer le titre tel quel : la résolution { $cite } est intitulée « { $title } »{ $source }
citation-title-cited-in = {" "}(tel que le cite le document { $symbol })
citation-title-library = {" "}(tel que l'enregistre la Bibliothèque numérique de l'ONU)
citation-title-fix = Écrire le titre du catalogue

## footnotes

footnote-duplicate = donner à ce texte de note son propre numéro, ou le supprimer : la note de bas de page { $number } a déjà un texte (ligne { $first })
footnote-missing = ajouter le texte de la note de bas de page { $n } (une ligne `{ $n } <texte>` avec les notes, à la fin), ou supprimer cet appel de note : la note de bas de page { $n } n'a pas de texte
footnote-order = devrait être la note de bas de page { $expected } : les notes sont numérotées dans l'ordre de leur premier appel, et la note { $n } est appelée avant la note { $expected }
footnote-unused = appeler la note de bas de page { $number } par l'appel { $number } après les mots qu'elle documente, ou supprimer cette note : aucun appel du texte ne la cite

## former-name

former-name = écrire `{ $current }`, sauf si le texte désigne l'organe tel qu'il était alors : `{ $written }` est un ancien nom (en usage{ $until } ; { $change })
former-name-until = {" "}jusqu'en { $until }

## Quick fixes shared by several rules

fix-write = Écrire `{ $text }`

## operative-numbering

operative-numbering-label-used = ce numéro est déjà employé à la ligne { $line } : donner à ce paragraphe un numéro qui lui soit propre (`bis` pour un ajout)
operative-numbering-gap-one = numéroter ce paragraphe { $expected }, ou insérer le paragraphe { $expected } avant lui : le paragraphe { $expected } manque
operative-numbering-gap = numéroter ce paragraphe { $expected }, ou insérer les paragraphes manquants : les paragraphes { $expected } à { $last } manquent
operative-numbering-mistyped = renuméroter ce paragraphe { $expected } : il devrait porter le numéro { $expected }, et non { $found }
operative-numbering-twice = renuméroter ce paragraphe { $expected } : le numéro { $found } est employé deux fois
operative-numbering-back = renuméroter ce paragraphe { $expected } : il suit le paragraphe { $previous }, il ne devrait donc pas porter le numéro { $found }

## paragraph-opening

paragraph-opening-preambular-participle = écrire `{ $write }`, et non `{ $word }` : un paragraphe du préambule devrait commencer par un participe
paragraph-opening-preambular-verb = écrire le participe de `{ $word }` (`Recalling`, et non `Recalls`) : un paragraphe du préambule devrait commencer par un participe
paragraph-opening-preambular-subject = écrire `Recalling …`, `Noting …` : un paragraphe du préambule devrait commencer par un participe, et non par son sujet
paragraph-opening-preambular-other = reformuler le début : un paragraphe du préambule devrait commencer par un participe ou un adjectif (`Recalling`, `Noting with concern`, `Convinced`), et non par `{ $word }`
paragraph-opening-operative-other = reformuler le début : un paragraphe du dispositif devrait commencer par un verbe au présent (`Requests`, `Decides`, `Calls upon`), et non par `{ $word }`
paragraph-opening-operative-present = écrire `{ $write }`, et non `{ $word }` : un paragraphe du dispositif devrait commencer par un verbe au présent
paragraph-opening-operative-subject = écrire `{ $verb } …` : un paragraphe du dispositif devrait commencer par son verbe, sans le sujet
paragraph-opening-other-part = { $part ->
        [preambular] un paragraphe du préambule commence par un participe ou un adjectif
       *[operative] un paragraphe du dispositif commence par un verbe au présent
    } : écrire `{ $other }`, et non `{ $word }`
paragraph-opening-other-part-rephrase = { $part ->
        [preambular] un paragraphe du préambule commence par un participe ou un adjectif
       *[operative] un paragraphe du dispositif commence par un verbe au présent
    }, et non par `{ $form }` : reformuler le début

## paragraph-punctuation

paragraph-punctuation-replace = remplacer `{ $found }` par `{ $expected }` : { $what } devrait se terminer par { $expected_name }, et non par { $found_name }
paragraph-punctuation-add = ajouter `{ $expected }` à la fin : { $what } devrait se terminer par { $expected_name }
paragraph-punctuation-fix-replace = Remplacer `{ $found }` par `{ $expected }`
paragraph-punctuation-fix-add = Ajouter `{ $expected }`
paragraph-punctuation-mark = { $mark ->
        [comma] une virgule
        [semicolon] un point-virgule
        [full-stop] un point
        [colon] deux-points
       *[other] un autre caractère
    }
paragraph-punctuation-what = { $what ->
        [preambular] un paragraphe du préambule
        [operative-not-last] un paragraphe du dispositif autre que le dernier
        [last] le dernier paragraphe du dispositif
        [last-subparagraph] le dernier alinéa du dernier paragraphe du dispositif
       *[operative] un paragraphe du dispositif
    }

## paragraph-reference

paragraph-reference-backwards = écrire paragraphes { $high } à { $low } : cette série de paragraphes est inversée
paragraph-reference-missing = corriger le renvoi : il n'y a pas de paragraphe { $number }{ $suffix }{ $scope ->
        [above] {" "}ci-dessus
        [below] {" "}ci-après
        [present] {" "}dans la présente résolution
       *[none] {""}
    } (les paragraphes vont jusqu'au paragraphe { $last })
paragraph-reference-no-subparagraph = corriger le renvoi : le paragraphe { $number }{ $suffix } n'a pas d'alinéa ({ $sub }){ $sub_suffix }

## repeated-opening

repeated-opening = écrire `{ $written }` : un paragraphe qui reprend le début `{ $base }` du précédent{ $addressee ->
        [same] {" "}pour le même destinataire
       *[none] {""}
    } devrait comporter `{ $adverb }`

## subparagraph-numbering

subparagraph-numbering-gap-one = numéroter cet alinéa { $expected }, ou insérer { $expected } avant lui : l'alinéa { $expected } manque
subparagraph-numbering-gap = numéroter cet alinéa { $expected } : les alinéas { $expected } à { $last } manquent
subparagraph-numbering-mistyped = renuméroter cet alinéa { $expected } : il devrait être { $expected }, et non { $found }
subparagraph-numbering-repeat = renuméroter cet alinéa { $expected } : { $found } répète une lettre ou revient en arrière

## The hints of a technical update (against the base)

update-session-unstated = {" "}(le projet n'indique pas sa session : celle qui suit la session du texte de base est supposée ; écrire `Eightieth session` ou son propre numéro en tête)
update-report-session-copied = écrire `{ $new }` : la session `{ $written }` est reprise telle quelle du texte de base, qui la demandait déjà, et le présent projet est destiné à cette session{ $unstated }
update-report-session-before = écrire `{ $new }` : le texte demande la session { $written }, antérieure à celle du projet ({ $draft }){ $unstated }
update-session-copied = écrire `{ $new }` : `{ $written }` est repris tel quel du texte de base, où il désignait la session du texte de base ; le présent projet est destiné à la session { $draft }{ $unstated }
update-base-date = {" "}du { $date }
update-base-not-recalled = rappeler la résolution { $cite }{ $date } dans le préambule : une mise à jour technique devrait rappeler son texte de base, la résolution de la session précédente
update-base-not-recalled-fix = Rappeler la résolution { $cite }

## Hover

hover-footnote = Note de bas de page { $number }
hover-footnote-no-text = Cette note de bas de page n'a pas encore de texte.
hover-footnote-split = `{ $whole }` se lit `{ $number }` suivi de l'appel de la note de bas de page { $marker }.

## Code actions

action-renumber-paragraphs = Renuméroter les paragraphes du dispositif et les alinéas
action-renumber-footnotes = Renuméroter les notes de bas de page dans l'ordre de leur premier appel
action-add-footnote = Ajouter le texte de la note de bas de page { $number } (une ligne `{ $number } ` : taper le texte à la suite)
action-finalize-numbering = Arrêter la numérotation (supprimer les numéros PP/OP, numéroter les ajouts bis/ter)
action-insert-date = Insérer la date de la résolution { $cite } ({ $date })
action-sort-citations = Citer les résolutions dans l'ordre de leur adoption

## version-mismatch (resolute compare : une différence avec une autre version linguistique)

version-mismatch-language = { $lang ->
        [en] anglaise
        [fr] française
        [es] espagnole
        [ar] arabe
        [zh] chinoise
       *[ru] russe
    }
version-mismatch-moved = ce paragraphe figure ailleurs dans la version { $lang } : { $unit }
version-mismatch-missing = la version { $lang } a ici un passage que cette version n'a pas : { $unit }
version-mismatch-extra = { $unit } ne figure pas dans la version { $lang }
version-mismatch-order = dans la version { $lang }, ce paragraphe se lit comme { $unit } : les deux paragraphes y sont dans un autre ordre
version-mismatch-citation-other = cite { $cite } là où la version { $lang } cite { $other }
version-mismatch-citation-extra = cite { $cite }, que la version { $lang } ne cite pas ici
version-mismatch-citation-lacking = ne cite pas { $cite }, que la version { $lang } cite ici
version-mismatch-date = { $cite } est daté ici du { $date } et du { $other } dans la version { $lang }
version-mismatch-date-unread = la date de { $cite } n'est pas écrite ici comme une date de cette langue (la version { $lang } la date du { $other })
version-mismatch-date-part = la date de { $cite } porte ici { $figure } et { $other } dans la version { $lang }
version-mismatch-footnote-here = la note de bas de page { $number } est appelée ici, et non dans ce paragraphe de la version { $lang }
version-mismatch-footnote-there = la version { $lang } appelle la note de bas de page { $number } dans ce paragraphe ; cette version non
version-mismatch-reference = renvoie au paragraphe { $number } là où la version { $lang } renvoie au paragraphe { $other }
version-mismatch-figure = { $figure } ici, { $other } dans la version { $lang }
version-mismatch-symbol = { $symbol } ici, { $other } dans la version { $lang }
version-mismatch-note = la version { $lang }, ici
version-mismatch-unit-paragraph = paragraphe { $number }
version-mismatch-unit-subparagraph = alinéa { $letters }) du paragraphe { $number }
version-mismatch-unit-subparagraph-alone = alinéa { $letters })
version-mismatch-unit-preambular = alinéa { $number } du préambule
version-mismatch-unit-operative = le paragraphe du dispositif
version-mismatch-unit-unnumbered = paragraphe non numéroté { $number }
version-mismatch-unit-table-row = ligne { $number } du tableau
version-mismatch-unit-footnote = note de bas de page { $number }
version-mismatch-unit-in-annex = { $unit } de l'annexe { $annex }

## Hover on a citation (the catalog's title, symbol and notes stay as the catalog writes them)

hover-citation-organ = { $kind ->
        [decision] décision
       *[resolution] résolution
    } { $organ ->
        [ga] de l'Assemblée générale
        [sc] du Conseil de sécurité
        [hrc] du Conseil des droits de l'homme
        [ecosoc] du Conseil économique et social
       *[other] d'un autre organe
    }
hover-citation-ga-session = { $session } session de l'Assemblée générale (du { $start } au { $end })
hover-citation-emergency-session = { $session } session extraordinaire d'urgence de l'Assemblée générale
hover-citation-special-session = { $session } session extraordinaire de l'Assemblée générale
hover-citation-hrc-session = session { $session } du Conseil des droits de l'homme
hover-citation-ecosoc-year = adoptée en { $year }
hover-citation-title-english = {" "}(en anglais)
hover-citation-title-cited-in = {" "}(tel que cité dans le document { $symbol })
hover-citation-adopted = Adoptée le { $date }{ $how }.
hover-citation-dated-by-citations = {" "}(date que lui donnent les textes officiels)
hover-citation-also-dated = Également datée du { $dates }.
hover-citation-parts = Parties { $parts }.
hover-citation-builtin = Catalogue intégré (données de l'Organisation des Nations Unies).
hover-citation-from-file = Tiré de { $path }, ligne { $line }.
hover-citation-declared-by = Déclarée par { $uri }.
hover-citation-links = [Texte sur undocs.org](https://undocs.org/{ $path }) · [Rechercher dans la Bibliothèque numérique de l'ONU](https://digitallibrary.un.org/search?ln={ $ln }&p={ $query })
hover-citation-other-body = Les termes indiquent qu'un autre organe a adopté cette { $kind ->
        [decision] décision
       *[resolution] résolution
    } ; le catalogue contient celles de l'Assemblée générale, du Conseil de sécurité et du Conseil des droits de l'homme.
hover-citation-no-body = Le texte n'indique pas quel organe a adopté cette { $kind ->
        [decision] décision
       *[resolution] résolution
    }, aussi le catalogue n'est-il pas consulté (écrire par exemple `résolution … de l'Assemblée générale` ou `sa résolution …`).
hover-citation-unknown = Absente du catalogue, qui contient toutes les résolutions de cette série : vérifier le numéro.
hover-citation-partial = Absente du catalogue, qui ne contient cette série qu'en partie : cela ne prouve rien.
hover-citation-cited-date = {" "}Citée ici comme adoptée le { $date }.
hover-citation-this-text = Le présent texte.
hover-citation-own-unknown = Cote du présent texte ; le catalogue ne la contient pas encore.

## Why a renumbering is declined (the reason of a disabled code action)

renumber-reference-paragraph = paragraphe { $item }
renumber-reference-subparagraph = alinéa { $item }
renumber-declined-lines = la renumérotation modifierait les lignes du texte
renumber-declined-past-end = la renumérotation modifie une ligne au-delà de la fin du texte
renumber-declined-references = la renumérotation modifierait les renvois internes du texte
renumber-declined-points-now = `{ $what }`, ligne { $line }, ne renvoie à aucun paragraphe, et la renumérotation le ferait renvoyer à l'un d'eux : corriger d'abord ce renvoi
renumber-declined-points-elsewhere = `{ $what }`, ligne { $line }, renverrait à un autre paragraphe après la renumérotation
renumber-declined-backwards = la série qui se termine par `{ $what }`, ligne { $line }, serait inversée après la renumérotation

## Pourquoi un renommage est refusé

rename-declined-here = seul un numéro de paragraphe ou de note peut être renommé ici
rename-declined-not-a-number = `{ $name }` n'est pas un nombre : écrivez un nombre entier à partir de 1, par exemple { $old }
rename-declined-paragraph = impossible de renuméroter le paragraphe { $old } en { $new } : { $reason }
rename-declined-footnote-exists = la note { $new } existe déjà : choisissez un numéro qu'aucune note ne porte, ou renumérotez les notes dans l'ordre de leur premier appel

## Hover on an opening phrase or an organization (the lexicon's phrases, notes, statuses and names stay as the lexicon writes them; its families, bodies and categories are below)

hover-opening-unknown = Absente du lexique des formules d'ouverture.
hover-opening-kind = formule d'ouverture { $part ->
        [preambular] du préambule
       *[operative] du dispositif
    }, { $family }
hover-opening-translates = formule d'ouverture { $part ->
        [preambular] du préambule
       *[operative] du dispositif
    }, { $family } ; traduit *{ $phrase }* (anglais)
hover-opening-used-by = Employée par : { $bodies } ; ouvre { $count } paragraphes des textes adoptés du corpus.
hover-opening-binds-preambular = Un alinéa du préambule énonce des considérations ; il n'oblige personne.
hover-opening-binds-not = Non contraignant : une recommandation, une demande ou une prise de position.
hover-opening-binds-sc-chapter-vii = Contraignant : une décision du Conseil de sécurité, que les États Membres conviennent d'appliquer (Charte, Article 25), agissant ici en vertu du Chapitre VII.
hover-opening-binds-sc = Contraignant en tant que décision du Conseil de sécurité (Charte, Article 25) ; le caractère obligatoire des décisions prises hors du Chapitre VII est discuté.
hover-opening-binds-ga = N'oblige que pour les questions internes de l'Assemblée (budget, organes subsidiaires, ordre du jour, procédure) ; sinon, une recommandation (Charte, Articles 10 à 14).
hover-opening-binds-decision = Une décision : contraignante lorsque le Conseil de sécurité décide (Charte, Article 25) ; les décisions de l'Assemblée générale n'obligent que pour les questions internes.
hover-organization-parent = , relevant de : { $parent }
hover-organization-status = {" "}Statut : { $status }.
hover-organization-former = { $name } est un ancien nom, en usage jusqu'en { $until } ({ $change }).
hover-organization-former-names = Anciens noms :
hover-organization-former-item = { $name }{ $acronym }, jusqu'en { $until } ({ $change })
hover-organization-unverified = _Connaissance générale, non vérifiée sur une source._

## The drafting vocabulary's closed sets in hovers: families of opening phrases, bodies, categories of organizations, strength (codes from the lexicon; notes and statuses stay as the lexicon writes them)
opening-family = { $family ->
    [acknowledgement] reconnaissance
    [approval] approbation
    [censure] condamnation
    [cognition] connaissance
    [concern] préoccupation
    [conviction] conviction
    [decision] décision
    [declaration] déclaration
    [emphasis] insistance
    [exhortation] exhortation
    [position] prise de position
    [procedure] procédure
    [purpose] objectif
    [reference] référence
    [regret] regret
    [request] demande
    [sc] Conseil de sécurité
    [sc_chapter_vii] Chapitre VII
   *[other] { $family }
    }
opening-bodies = { $bodies ->
    [ga] l'Assemblée générale
    [sc] le Conseil de sécurité
    [mun] listes de Modèle des Nations Unies seulement (rare dans les textes de l'ONU)
   *[all] tous les organes
    }
organization-category = { $category ->
    [principal_organ] organe principal de l'Organisation des Nations Unies
    [ga_main_committee] grande commission de l'Assemblée générale
    [ga_subsidiary] organe subsidiaire de l'Assemblée générale
    [ecosoc_functional_commission] commission technique du Conseil économique et social
    [ga_sc_subsidiary] organe subsidiaire de l'Assemblée générale et du Conseil de sécurité
    [disarmament_forum] instance de négociation sur le désarmement
    [ga_ecosoc_subsidiary] organe subsidiaire de l'Assemblée générale et du Conseil économique et social
    [ecosoc_subsidiary] organe subsidiaire du Conseil économique et social
    [sc_subsidiary] organe subsidiaire du Conseil de sécurité
    [peace_operation] opération de paix des Nations Unies
    [special_political_mission] mission politique spéciale des Nations Unies
    [regional_peace_operation] opération de paix régionale
    [specialized_agency] institution spécialisée des Nations Unies
    [specialized_agency_world_bank_group] institution spécialisée (Groupe de la Banque mondiale)
    [world_bank_group] institution du Groupe de la Banque mondiale
    [related_organization] organisation apparentée du système des Nations Unies
    [treaty_body_independent] organe indépendant créé par traité
    [convention_secretariat] secrétariat de convention
    [fund_programme] fonds ou programme des Nations Unies
    [research_training] institut de recherche et de formation des Nations Unies
    [secretariat_unit] service du Secrétariat de l'Organisation des Nations Unies
    [secretariat_department] département ou bureau du Secrétariat de l'Organisation des Nations Unies
    [secretariat_office] office des Nations Unies hors Siège
    [regional_commission] commission régionale du Conseil économique et social
    [regional_organization] organisation régionale
    [intergovernmental_organization] organisation intergouvernementale
    [other_international_body] organisme international
    [development_bank] banque de développement
    [regional_body] organisme régional
    [negotiating_group] groupe de négociation d'États Membres
   *[other] { $category }
    }
hover-opening-strength-scale = Force (échelle « { $scale } ») : { $steps }
hover-opening-strength = Force { $strength }/6 parmi les formules « { $family } »
hover-lexicon-note = { $note } _(note du lexique, en anglais)_

## Complétion des formules d'ouverture et des organisations (détails et documentation)
opening-part = { $part ->
        [preambular] préambule
       *[operative] dispositif
    }
completion-strength = force { $strength }/6
completion-english = anglais `{ $english }`
completion-opening-translates = Traduit `{ $english }` (anglais) ; ouvre { $count } paragraphes des textes adoptés du corpus parallèle dans cette langue.
completion-organization-parent = Relève de : { $parent }.
completion-organization-former = Anciennement *{ $name }*{ $acronym } (jusqu'en { $until }).
completion-repeated = répétée
completion-repeated-opening = formule répétée
completion-repeated-documentation = Le paragraphe précédent s'ouvre sur { $base } : l'ONU écrit une formule répétée { $repeated }.
completion-operative-number = paragraphe { $n } du dispositif
completion-operative-number-documentation = Un nouveau paragraphe du dispositif : `{ $n }.`, une tabulation, puis son verbe.
completion-organization-english = { $english } (anglais)
completion-organization-foreign-documentation = Le nom de `{ $english }` dans cette langue, tel que l'écrivent les textes adoptés du corpus parallèle.
completion-organization-first-mention = première mention
completion-organization-first-mention-documentation = À sa première mention, le nom complet suivi du sigle entre parenthèses.
completion-organization-former-detail = ancien nom, jusqu'en { $until } · aujourd'hui { $name }
completion-organization-former-documentation = { $change } (en anglais). À n'écrire que pour l'organe tel qu'il était alors.

## Inlay hint of a citation's date (the date itself is written in the text's language)
inlay-date-tooltip = Date de { $symbol } selon le catalogue

## A draft compared with its base, in the editor (lenses and hover)
diff-lens-compared = comparé à { $base } : { $summary } · exporter les modifications suivies
diff-summary = { $unchanged } { $unchanged ->
        [one] inchangé
       *[other] inchangés
    }, { $changed } { $changed ->
        [one] modifié
       *[other] modifiés
    }, { $new } { $new ->
        [one] nouveau
       *[other] nouveaux
    }, { $deleted } { $deleted ->
        [one] supprimé
       *[other] supprimés
    }, { $moved } { $moved ->
        [one] déplacé
       *[other] déplacés
    }
diff-status = { $status ->
        [unchanged] inchangé
        [changed] modifié
        [new] nouveau
       *[deleted] supprimé
    }
diff-split-from = scindé de { $units }
diff-merged-from = fusionné à partir de { $units }
diff-moved-from = déplacé de { $units }
diff-was = anciennement { $units }
diff-hover-new = Absent du texte de base : un nouveau paragraphe.
diff-lens-base-problem = texte de base : { $message }

## The outline's groups, and a language's name
outline-preamble = Préambule
outline-operative-part = Dispositif
outline-footnotes = Notes de bas de page
outline-in-brackets = [entre crochets]
language-name = { $language ->
        [en] anglais
        [fr] français
        [es] espagnol
        [ar] arabe
        [zh] chinois
       *[ru] russe
    }

## The command line's last line (resolute check, resolute compare)
check-count-errors = { $n ->
        [one] { $n } erreur
       *[other] { $n } erreurs
    }
check-count-warnings = { $n ->
        [one] { $n } avertissement
       *[other] { $n } avertissements
    }
check-count-information = { $n ->
        [one] { $n } information
       *[other] { $n } informations
    }
check-count-hints = { $n ->
        [one] { $n } indication
       *[other] { $n } indications
    }
check-count-files = { $n ->
        [one] { $n } fichier
       *[other] { $n } fichiers
    }
check-count-paths = { $n ->
        [one] { $n } chemin illisible
       *[other] { $n } chemins illisibles
    }
check-summary = { $counts } dans { $files }
check-unreadable = {" "}({ $paths })
check-against = { $summary } par rapport à { $reference }

## Notices the editor shows (the details, from the files and the system, stay as they are written)
notice-config-problems = Resolute : { $count ->
        [one] { $count } problème
       *[other] { $count } problèmes
    } dans les catalogues ou resolute.toml ; le reste est chargé. { $first }
notice-export-written = Resolute : modifications suivies par rapport à { $base } écrites dans { $path }
