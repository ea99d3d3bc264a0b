# رسائل Resolute بالعربية: التشخيصات وعناوين التصويبات والإجراءات ونصوص
# التلميح. يبقى النص المقتبس من الوثيقة والرموز والأرقام كما هي؛ وتصل
# التواريخ وأرقام الدورات مكتوبة بالعربية.

## bracket-balance

bracket-balance-unopened = احذف `]` هذا، أو أضف `[` حيث يبدأ النص قيد التفاوض: فهو لا يُغلق أي `[`
bracket-balance-unclosed = أضف `]` حيث ينتهي النص قيد التفاوض، أو احذف `[` هذا: فهو لا يُغلق أبداً

## citation-catalog-date

citation-catalog-date-whole = اكتب `{ $write }`: اتُّخذ القرار { $cite } في { $known }{ $others }{ $source }، وليس في { $date }
citation-catalog-date-others = {" "}(أو في { $dates })
citation-date-cited-source = {" "}(وهو التاريخ الذي تذكره له النصوص الرسمية)
citation-catalog-date-part = اكتب `{ $write }`: { $section ->
        [yes] اتُّخذ جزء من القرار { $written }
       *[no] اتُّخذ القرار { $written }
    } في { $expected }{ $source }، وليس في { $date }
citation-catalog-date-parts = تحقق من التاريخ: يعرف الفهرس القرار { $cite } المؤرخ { $dates }، لا المؤرخ { $date }، ولا يعرف تاريخ { $written }
citation-catalog-date-fix = اكتب { $written }

## citation-future

citation-future-session = تحقق من الرقم: القرار { $cite } صادر عن الدورة { $cited }، وهي لاحقة لدورة هذا النص ({ $own })
citation-future-number = تحقق من الرقم: القرار { $cite } لاحق لهذا القرار، { $own }
citation-future-session-end = تحقق من الرقم: القرار { $cite } مؤرخ { $cited }، أي بعد اختتام دورة هذا النص في { $end }
citation-future-adoption = تحقق من الرقم: القرار { $cite } مؤرخ { $cited }، أي بعد اتخاذ هذا النص في { $own }

## citation-malformed

citation-malformed-roman = اكتب الدورة بالأرقام الرومانية I، II، … XXX: هذا ليس رقماً رومانياً صحيحاً
citation-malformed-old-emergency = اكتب `NNNN (ES-{ $roman })`: كانت القرارات قبل الدورة الاستثنائية الطارئة السادسة تُرقَّم بالنظام القديم
citation-malformed-old-special = اكتب `NNNN (S-{ $roman })`: كانت القرارات قبل الدورة الاستثنائية الثامنة تُرقَّم بالنظام القديم
citation-malformed-session-zero = تحقق من الرقم: لا توجد دورة رقمها 0
citation-malformed-number-zero = تحقق من الرقم: تُرقَّم القرارات ابتداءً من 1
citation-malformed-year = تحقق من السنة: اتخذ مجلس الأمن أول قرار له في عام 1946، وليس في عام { $year }
citation-malformed-day-zero = صحّح اليوم: لا يمكن أن يقع تاريخ في اليوم 0
citation-malformed-date = صحّح التاريخ: لا وجود لتاريخ { $date } (في { $month } { $year } { $days } { $days ->
        [one] يوم
        [two] يومان
        [few] أيام
        [many] يوما
       *[other] يوم
    })
citation-malformed-roman-regular = لم تكتب الجمعية العامة دوراتها بالأرقام الرومانية إلا حتى الدورة الثلاثين (XXX)؛ اكتب للدورة { $n } `{ $n }/<الرقم>`
citation-malformed-roman-special = ابتداءً من الدورة الاستثنائية الثامنة، تُرقَّم القرارات `S-{ $n }/<الرقم>`، وليس بالأرقام الرومانية
citation-malformed-roman-emergency = ابتداءً من الدورة الاستثنائية الطارئة السادسة، تُرقَّم القرارات `ES-{ $n }/<الرقم>`، وليس بالأرقام الرومانية

## citation-order

citation-order = اذكر القرارات بترتيب اتخاذها: ينبغي أن يأتي القرار { $written } ({ $date }) قبل القرار { $before_written } ({ $before_date })

## citation-session-date

citation-session-date-sc-year = اكتب `{ $number } ({ $actual })`: اتُّخذ قرار مجلس الأمن { $number } في عام { $actual }، وليس في عام { $year }
citation-session-date-sc-range = تحقق من الرقم والسنة: اتخذ مجلس الأمن في عام { $year } القرارات من { $first } إلى { $last }؛ والقرار { $number } ليس من بينها
citation-session-date-sc-date = تحقق من التاريخ: اتُّخذ القرار { $number } ({ $year }) في عام { $year }، لكن هذا التاريخ يقع في عام { $date_year }
citation-session-date-during = من { $start } إلى { $end }
citation-session-date-from = ابتداءً من { $start }
citation-session-date-ga = تحقق من التاريخ أو الرقم: القرار { $written } صادر عن الدورة { $session }، التي اتخذت نصوصاً من { $start } إلى { $end }؛ والتاريخ { $date } خارج هذه الفترة
citation-session-date-ga-opened = تحقق من التاريخ أو الرقم: القرار { $written } صادر عن دورة افتُتحت في { $start }؛ والتاريخ { $date } سابق لذلك
citation-session-date-hrc = تحقق من التاريخ أو الرقم: قرار مجلس حقوق الإنسان { $written } صادر عن دورته { $session }، المعقودة { $during }؛ والتاريخ { $date } خارج هذه الفترة
citation-session-date-hrc-dates = تحقق من التاريخ أو الرقم: قرار مجلس حقوق الإنسان { $written } مؤرخ في الفترة { $during }؛ والتاريخ { $date } سابق لذلك
citation-session-date-ecosoc = تحقق من التاريخ: قرار المجلس الاقتصادي والاجتماعي { $year }/{ $number } صادر عن دورته لعام { $year }، التي تمتد من تموز/يوليه إلى تموز/يوليه ({ $during })؛ والتاريخ { $date } خارج هذه الفترة
citation-session-date-ecosoc-year = تحقق من التاريخ: اتُّخذ قرار المجلس الاقتصادي والاجتماعي { $year }/{ $number } في عام { $year }، لكن هذا التاريخ يقع في عام { $date_year }
citation-session-date-option = قرار { $organ ->
        [ga] الجمعية العامة
        [sc] مجلس الأمن
        [hrc] مجلس حقوق الإنسان
        [ecosoc] المجلس الاقتصادي والاجتماعي
       *[other] هيئة أخرى
    }، { $during }
citation-session-date-none-fits = تحقق من التاريخ أو الرقم: القرار { $written } سيكون { $options }؛ والتاريخ { $date } لا يطابق أياً منها
citation-session-date-year-numbered = تحقق من التاريخ أو الرقم: القرار { $year }/{ $number } مرقَّم بسنة دورته، التي امتدت من { $start } إلى { $end }؛ والتاريخ { $date } خارج هذه الفترة

## citation-unknown

citation-unknown-dated = { $cite } المؤرخ { $date }
citation-unknown-sc = تحقق من الرقم: آخر قرار لمجلس الأمن في الفهرس هو القرار { $last }؛ والقرار { $number } غير معروف
citation-unknown-session = تحقق من الرقم: يضم الفهرس جميع قرارات الدورة { $name } (من { $first } إلى { $last }) والقرار { $written } ليس من بينها

## citation-title

citation-title = اقتبس العنوان كما هو: عنوان القرار { $cite } هو “{ $title }”{ $source }
citation-title-cited-in = {" "}(كما تقتبسه الوثيقة { $symbol })
citation-title-library = {" "}(كما تسجله مكتبة الأمم المتحدة الرقمية)
citation-title-fix = اكتب العنوان الوارد في الفهرس

## footnotes

footnote-duplicate = أعطِ نص هذه الحاشية رقماً خاصاً به، أو احذفه: للحاشية { $number } نص بالفعل (السطر { $first })
footnote-missing = أضف نص الحاشية { $n } (سطراً `{ $n } <النص>` مع الحواشي في النهاية)، أو احذف هذه العلامة: ليس للحاشية { $n } نص
footnote-order = ينبغي أن تكون هذه الحاشية { $expected }: تُرقَّم الحواشي بترتيب أول إحالة إليها، والحاشية { $n } يُحال إليها قبل الحاشية { $expected }
footnote-unused = أحِل إلى الحاشية { $number } بالعلامة { $number } بعد الكلمات التي توثّقها، أو احذف هذه الحاشية: لا توجد في النص علامة تحيل إليها

## former-name

former-name = اكتب `{ $current }`، ما لم يقصد النص الهيئة كما كانت آنذاك: `{ $written }` اسم سابق (استُخدم{ $until }؛ { $change })
former-name-until = {" "}حتى { $until }

## Quick fixes shared by several rules

fix-write = اكتب `{ $text }`

## operative-numbering

operative-numbering-label-used = هذا الرقم مستخدم بالفعل في السطر { $line }: أعطِ هذه الفقرة رقماً خاصاً بها (`bis` لفقرة مُدرجة)
operative-numbering-gap-one = رقّم هذه الفقرة { $expected }، أو أدرج الفقرة { $expected } قبلها: الفقرة { $expected } ناقصة
operative-numbering-gap = رقّم هذه الفقرة { $expected }، أو أدرج الفقرات الناقصة: الفقرات من { $expected } إلى { $last } ناقصة
operative-numbering-mistyped = أعد ترقيم هذه الفقرة { $expected }: ينبغي أن يكون رقمها { $expected }، وليس { $found }
operative-numbering-twice = أعد ترقيم هذه الفقرة { $expected }: الرقم { $found } مستخدم مرتين
operative-numbering-back = أعد ترقيم هذه الفقرة { $expected }: فهي تلي الفقرة { $previous }، فلا ينبغي أن يكون رقمها { $found }

## paragraph-opening

paragraph-opening-preambular-participle = اكتب `{ $write }`، وليس `{ $word }`: ينبغي أن تبدأ الفقرة من الديباجة باسم فاعل (participle)
paragraph-opening-preambular-verb = اكتب صيغة اسم الفاعل من `{ $word }` (`Recalling`، وليس `Recalls`): ينبغي أن تبدأ الفقرة من الديباجة باسم فاعل (participle)
paragraph-opening-preambular-subject = اكتب `Recalling …`، `Noting …`: ينبغي أن تبدأ الفقرة من الديباجة باسم فاعل (participle)، لا بفاعلها
paragraph-opening-preambular-other = أعد صياغة البداية: ينبغي أن تبدأ الفقرة من الديباجة باسم فاعل أو بصفة (`Recalling`، `Noting with concern`، `Convinced`)، وليس بـ `{ $word }`
paragraph-opening-operative-other = أعد صياغة البداية: ينبغي أن تبدأ الفقرة من المنطوق بفعل في زمن المضارع (`Requests`، `Decides`، `Calls upon`)، وليس بـ `{ $word }`
paragraph-opening-operative-present = اكتب `{ $write }`، وليس `{ $word }`: ينبغي أن تبدأ الفقرة من المنطوق بفعل في زمن المضارع
paragraph-opening-operative-subject = اكتب `{ $verb } …`: ينبغي أن تبدأ الفقرة من المنطوق بفعلها، دون الفاعل
paragraph-opening-other-part = { $part ->
        [preambular] تبدأ الفقرة من الديباجة باسم فاعل أو بصفة
       *[operative] تبدأ الفقرة من المنطوق بفعل في زمن المضارع
    }: اكتب `{ $other }`، وليس `{ $word }`
paragraph-opening-other-part-rephrase = { $part ->
        [preambular] تبدأ الفقرة من الديباجة باسم فاعل أو بصفة
       *[operative] تبدأ الفقرة من المنطوق بفعل في زمن المضارع
    }، وليس بـ `{ $form }`: أعد صياغة بدايتها

## paragraph-punctuation

paragraph-punctuation-replace = ضع `{ $expected }` مكان `{ $found }`: ينبغي أن تنتهي { $what } ب{ $expected_name }، وليس ب{ $found_name }
paragraph-punctuation-add = أضف `{ $expected }` في النهاية: ينبغي أن تنتهي { $what } ب{ $expected_name }
paragraph-punctuation-fix-replace = ضع `{ $expected }` مكان `{ $found }`
paragraph-punctuation-fix-add = أضف `{ $expected }`
paragraph-punctuation-mark = { $mark ->
        [comma] فاصلة
        [semicolon] فاصلة منقوطة
        [full-stop] نقطة
        [colon] نقطتين
       *[other] حرف آخر
    }
paragraph-punctuation-what = { $what ->
        [preambular] الفقرة من الديباجة
        [operative-not-last] الفقرة من المنطوق غير الأخيرة
        [last] الفقرة الأخيرة من المنطوق
        [last-subparagraph] الفقرة الفرعية الأخيرة من الفقرة الأخيرة من المنطوق
       *[operative] الفقرة من المنطوق
    }

## paragraph-reference

paragraph-reference-backwards = اكتب الفقرات من { $high } إلى { $low }: هذا النطاق معكوس
paragraph-reference-missing = صحّح الإحالة: لا توجد فقرة { $number }{ $suffix }{ $scope ->
        [above] {" "}أعلاه
        [below] {" "}أدناه
        [present] {" "}في هذا القرار
       *[none] {""}
    } (تمتد الفقرات حتى الفقرة { $last })
paragraph-reference-no-subparagraph = صحّح الإحالة: ليس في الفقرة { $number }{ $suffix } فقرة فرعية ({ $sub }){ $sub_suffix }

## repeated-opening

repeated-opening = اكتب `{ $written }`: ينبغي للفقرة التي تكرر بداية الفقرة السابقة `{ $base }`{ $addressee ->
        [same] {" "}موجهة إلى الجهة نفسها
       *[none] {""}
    } أن تتضمن `{ $adverb }`

## subparagraph-numbering

subparagraph-numbering-gap-one = رقّم هذه الفقرة الفرعية { $expected }، أو أدرج { $expected } قبلها: الفقرة الفرعية { $expected } ناقصة
subparagraph-numbering-gap = رقّم هذه الفقرة الفرعية { $expected }: الفقرات الفرعية من { $expected } إلى { $last } ناقصة
subparagraph-numbering-mistyped = أعد ترقيم هذه الفقرة الفرعية { $expected }: ينبغي أن تكون { $expected }، وليس { $found }
subparagraph-numbering-repeat = أعد ترقيم هذه الفقرة الفرعية { $expected }: { $found } تكرر حرفاً أو ترجع إلى الوراء

## The hints of a technical update (against the base)

update-session-unstated = {" "}(لا يذكر المشروع دورته: يُفترض أنها الدورة التالية لدورة النص الأساسي؛ اكتب `Eightieth session` أو رقم دورته في رأسه)
update-report-session-copied = اكتب `{ $new }`: الدورة `{ $written }` منقولة دون تغيير من النص الأساسي، الذي طلبها بالفعل، وهذا المشروع مقدَّم إلى تلك الدورة{ $unstated }
update-report-session-before = اكتب `{ $new }`: يطلب النص الدورة { $written }، وهي سابقة لدورة المشروع ({ $draft }){ $unstated }
update-session-copied = اكتب `{ $new }`: `{ $written }` منقول دون تغيير من النص الأساسي، حيث كان يعني دورة النص الأساسي؛ وهذا المشروع مقدَّم إلى الدورة { $draft }{ $unstated }
update-base-date = {" "}المؤرخ { $date }
update-base-not-recalled = أشر إلى القرار { $cite }{ $date } في الديباجة: ينبغي للتحديث التقني أن يشير إلى النص الأساسي، أي قرار الدورة السابقة
update-base-not-recalled-fix = أشر إلى القرار { $cite }

## Hover

hover-footnote = الحاشية { $number }
hover-footnote-no-text = ليس لهذه الحاشية نص بعد.
hover-footnote-split = يُقرأ `{ $whole }` على أنه `{ $number }` تليه علامة الحاشية { $marker }.

## Code actions

action-renumber-paragraphs = أعد ترقيم فقرات المنطوق والفقرات الفرعية
action-renumber-footnotes = أعد ترقيم الحواشي بترتيب أول إحالة إليها
action-add-footnote = أضف نص الحاشية { $number } (سطراً `{ $number } `: اكتب النص بعده)
action-finalize-numbering = ثبّت الترقيم (احذف تسميات PP/OP، ورقّم الفقرات المُدرجة bis/ter)
action-insert-date = أدرج تاريخ القرار { $cite } ({ $date })
action-sort-citations = رتّب القرارات المذكورة بترتيب اتخاذها

## version-mismatch (resolute compare: اختلاف عن نسخة لغوية أخرى)

version-mismatch-language = { $lang ->
        [en] الإنكليزية
        [fr] الفرنسية
        [es] الإسبانية
        [ar] العربية
        [zh] الصينية
       *[ru] الروسية
    }
version-mismatch-moved = هذه الفقرة هي { $unit } في النسخة { $lang }، حيث ترد في موضع آخر
version-mismatch-missing = تتضمن النسخة { $lang } هنا { $unit }، وهو ما تخلو منه هذه النسخة
version-mismatch-extra = ليس في النسخة { $lang } ما يقابل { $unit }
version-mismatch-order = تقابل هذه الفقرة { $unit } في النسخة { $lang }: الفقرتان واردتان بترتيب مختلف
version-mismatch-citation-other = تشير إلى { $cite } حيث تشير النسخة { $lang } إلى { $other }
version-mismatch-citation-extra = تشير إلى { $cite }، ولا تشير إليه النسخة { $lang } هنا
version-mismatch-citation-lacking = لا تشير إلى { $cite }، الذي تشير إليه النسخة { $lang } هنا
version-mismatch-date = تاريخ { $cite } هنا { $date }، وفي النسخة { $lang } { $other }
version-mismatch-date-unread = تاريخ { $cite } غير مكتوب هنا بصيغة تاريخ في هذه اللغة (تاريخه في النسخة { $lang } { $other })
version-mismatch-date-part = تاريخ { $cite } يتضمن هنا { $figure }، وفي النسخة { $lang } { $other }
version-mismatch-footnote-here = يُحال هنا إلى الحاشية { $number }، لا في هذه الفقرة من النسخة { $lang }
version-mismatch-footnote-there = تحيل النسخة { $lang } إلى الحاشية { $number } في هذه الفقرة؛ وهذه النسخة لا تحيل إليها
version-mismatch-reference = تحيل إلى الفقرة { $number } حيث تحيل النسخة { $lang } إلى الفقرة { $other }
version-mismatch-figure = { $figure } هنا، و{ $other } في النسخة { $lang }
version-mismatch-symbol = { $symbol } هنا، و{ $other } في النسخة { $lang }
version-mismatch-note = النسخة { $lang } هنا
version-mismatch-unit-paragraph = الفقرة { $number }
version-mismatch-unit-subparagraph = الفقرة الفرعية ({ $letters }) من الفقرة { $number }
version-mismatch-unit-subparagraph-alone = الفقرة الفرعية ({ $letters })
version-mismatch-unit-preambular = الفقرة { $number } من الديباجة
version-mismatch-unit-operative = الفقرة من المنطوق
version-mismatch-unit-unnumbered = الفقرة غير المرقمة { $number }
version-mismatch-unit-table-row = الصف { $number } من الجدول
version-mismatch-unit-footnote = الحاشية { $number }
version-mismatch-unit-in-annex = { $unit } من المرفق { $annex }

## Hover on a citation (the catalog's title, symbol and notes stay as the catalog writes them)

hover-citation-organ = { $kind ->
        [decision] مقرر
       *[resolution] قرار
    } { $organ ->
        [ga] الجمعية العامة
        [sc] مجلس الأمن
        [hrc] مجلس حقوق الإنسان
        [ecosoc] المجلس الاقتصادي والاجتماعي
       *[other] هيئة أخرى
    }
hover-citation-ga-session = الدورة { $session } للجمعية العامة (من { $start } إلى { $end })
hover-citation-emergency-session = الدورة الاستثنائية الطارئة { $session } للجمعية العامة
hover-citation-special-session = الدورة الاستثنائية { $session } للجمعية العامة
hover-citation-hrc-session = الدورة { $session } لمجلس حقوق الإنسان
hover-citation-ecosoc-year = اتُّخذ في عام { $year }
hover-citation-title-english = {" "}(بالإنكليزية)
hover-citation-title-cited-in = {" "}(كما ورد في الوثيقة { $symbol })
hover-citation-adopted = اتُّخذ في { $date }{ $how }.
hover-citation-dated-by-citations = {" "}(وهو التاريخ الذي تذكره له النصوص الرسمية)
hover-citation-also-dated = ومؤرخ أيضاً { $dates }.
hover-citation-parts = الأجزاء { $parts }.
hover-citation-builtin = الفهرس المدمج (بيانات الأمم المتحدة).
hover-citation-from-file = من { $path }، السطر { $line }.
hover-citation-declared-by = أعلنه { $uri }.
hover-citation-links = [النص في undocs.org](https://undocs.org/{ $path }) · [البحث في مكتبة الأمم المتحدة الرقمية](https://digitallibrary.un.org/search?ln={ $ln }&p={ $query })
hover-citation-other-body = تدل الكلمات على أن هيئة أخرى اتخذت هذا { $kind ->
        [decision] المقرر
       *[resolution] القرار
    }؛ ويضم الفهرس قرارات الجمعية العامة ومجلس الأمن ومجلس حقوق الإنسان.
hover-citation-no-body = لا يذكر النص الهيئة التي اتخذت هذا { $kind ->
        [decision] المقرر
       *[resolution] القرار
    }، ولذلك لا يُرجع إلى الفهرس (اكتب مثلاً `قرار الجمعية العامة …` أو `قرارها …`).
hover-citation-unknown = غير موجود في الفهرس، الذي يضم جميع قرارات هذه السلسلة: تحقق من الرقم.
hover-citation-partial = غير موجود في الفهرس، الذي لا يضم من هذه السلسلة إلا جزءاً منها: وهذا لا يثبت شيئاً.
hover-citation-cited-date = {" "}ذُكر هنا أنه اتُّخذ في { $date }.
hover-citation-this-text = هذا النص.
hover-citation-own-unknown = رمز هذا النص نفسه؛ ولا يضمه الفهرس بعد.

## Why a renumbering is declined (the reason of a disabled code action)

renumber-reference-paragraph = الفقرة { $item }
renumber-reference-subparagraph = الفقرة الفرعية { $item }
renumber-declined-lines = إعادة الترقيم ستغير أسطر النص
renumber-declined-past-end = إعادة الترقيم تعدّل سطراً بعد نهاية النص
renumber-declined-references = إعادة الترقيم ستغير الإحالات الداخلية في النص
renumber-declined-points-now = `{ $what }` في السطر { $line } لا تحيل إلى أي فقرة، وإعادة الترقيم ستجعلها تحيل إلى فقرة: صحّح هذه الإحالة أولاً
renumber-declined-points-elsewhere = `{ $what }` في السطر { $line } ستحيل إلى فقرة أخرى بعد إعادة الترقيم
renumber-declined-backwards = النطاق الذي ينتهي بـ `{ $what }` في السطر { $line } سيصبح معكوساً بعد إعادة الترقيم

## سبب رفض إعادة التسمية

rename-declined-here = لا يمكن هنا إعادة تسمية إلا رقم فقرة أو رقم حاشية
rename-declined-not-a-number = `{ $name }` ليس رقماً: اكتب عدداً صحيحاً ابتداءً من 1، مثل { $old }
rename-declined-paragraph = تعذر إعادة ترقيم الفقرة { $old } إلى { $new }: { $reason }
rename-declined-footnote-exists = الحاشية { $new } موجودة بالفعل: اختر رقماً لا تحمله أي حاشية، أو أعد ترقيم الحواشي بترتيب أول إحالة إليها

## Hover on an opening phrase or an organization (the lexicon's phrases, notes, statuses and names stay as the lexicon writes them; its families, bodies and categories are below)

hover-opening-unknown = ليست في معجم العبارات الاستهلالية.
hover-opening-kind = عبارة استهلالية { $part ->
        [preambular] في الديباجة
       *[operative] في المنطوق
    }، { $family }
hover-opening-translates = عبارة استهلالية { $part ->
        [preambular] في الديباجة
       *[operative] في المنطوق
    }، { $family }؛ تقابل *{ $phrase }* (بالإنكليزية)
hover-opening-used-by = تستخدمها: { $bodies }؛ وتستهل { $count } { $count ->
        [few] فقرات
       *[other] فقرة
    } من النصوص المعتمدة في المدونة.
hover-opening-binds-preambular = تعرض الفقرة من الديباجة اعتبارات؛ ولا تُلزم أحداً.
hover-opening-binds-not = غير ملزمة: توصية أو طلب أو إعلان موقف.
hover-opening-binds-sc-chapter-vii = ملزمة: مقرر لمجلس الأمن تتعهد الدول الأعضاء بتنفيذه (الميثاق، المادة 25)، وهو هنا يتصرف بموجب الفصل السابع.
hover-opening-binds-sc = ملزمة بوصفها مقرراً لمجلس الأمن (الميثاق، المادة 25)؛ ومدى إلزام المقررات المتخذة خارج الفصل السابع موضع خلاف.
hover-opening-binds-ga = لا تُلزم إلا في الشؤون الداخلية للجمعية (الميزانية، والهيئات الفرعية، وجدول الأعمال، والإجراءات)؛ وفيما عدا ذلك فهي توصية (الميثاق، المواد 10-14).
hover-opening-binds-decision = مقرر: ملزم عندما يقرر مجلس الأمن (الميثاق، المادة 25)؛ ولا تُلزم مقررات الجمعية العامة إلا في الشؤون الداخلية.
hover-organization-parent = ، تابعة لـ: { $parent }
hover-organization-status = {" "}الوضع: { $status }.
hover-organization-former = { $name } اسم سابق، استُخدم حتى { $until } ({ $change }).
hover-organization-former-names = الأسماء السابقة:
hover-organization-former-item = { $name }{ $acronym }، حتى { $until } ({ $change })
hover-organization-unverified = _من المعارف العامة، ولم يُتحقق منها في مصدر._

## The drafting vocabulary's closed sets in hovers: families of opening phrases, bodies, categories of organizations, strength (codes from the lexicon; notes and statuses stay as the lexicon writes them)
opening-family = { $family ->
    [acknowledgement] إقرار
    [approval] موافقة
    [censure] إدانة
    [cognition] إدراك
    [concern] قلق
    [conviction] اقتناع
    [decision] قرار
    [declaration] إعلان
    [emphasis] تأكيد
    [exhortation] حث
    [position] موقف
    [procedure] إجراء
    [purpose] غرض
    [reference] إشارة
    [regret] أسف
    [request] طلب
    [sc] مجلس الأمن
    [sc_chapter_vii] الفصل السابع
   *[other] { $family }
    }
opening-bodies = { $bodies ->
    [ga] الجمعية العامة
    [sc] مجلس الأمن
    [mun] قوائم نماذج الأمم المتحدة فقط (نادرة في نصوص الأمم المتحدة)
   *[all] جميع الأجهزة
    }
organization-category = { $category ->
    [principal_organ] جهاز رئيسي من أجهزة الأمم المتحدة
    [ga_main_committee] لجنة رئيسية من لجان الجمعية العامة
    [ga_subsidiary] هيئة فرعية تابعة للجمعية العامة
    [ecosoc_functional_commission] لجنة فنية تابعة للمجلس الاقتصادي والاجتماعي
    [ga_sc_subsidiary] هيئة فرعية تابعة للجمعية العامة ومجلس الأمن
    [disarmament_forum] محفل للتفاوض بشأن نزع السلاح
    [ga_ecosoc_subsidiary] هيئة فرعية تابعة للجمعية العامة والمجلس الاقتصادي والاجتماعي
    [ecosoc_subsidiary] هيئة فرعية تابعة للمجلس الاقتصادي والاجتماعي
    [sc_subsidiary] هيئة فرعية تابعة لمجلس الأمن
    [peace_operation] عملية سلام تابعة للأمم المتحدة
    [special_political_mission] بعثة سياسية خاصة تابعة للأمم المتحدة
    [regional_peace_operation] عملية سلام إقليمية
    [specialized_agency] وكالة متخصصة تابعة للأمم المتحدة
    [specialized_agency_world_bank_group] وكالة متخصصة (مجموعة البنك الدولي)
    [world_bank_group] مؤسسة من مؤسسات مجموعة البنك الدولي
    [related_organization] منظمة ذات صلة بمنظومة الأمم المتحدة
    [treaty_body_independent] هيئة مستقلة منشأة بموجب معاهدة
    [convention_secretariat] أمانة اتفاقية
    [fund_programme] صندوق أو برنامج تابع للأمم المتحدة
    [research_training] معهد للبحث والتدريب تابع للأمم المتحدة
    [secretariat_unit] وحدة في الأمانة العامة للأمم المتحدة
    [secretariat_department] إدارة أو مكتب في الأمانة العامة للأمم المتحدة
    [secretariat_office] مكتب للأمم المتحدة خارج المقر
    [regional_commission] لجنة إقليمية تابعة للمجلس الاقتصادي والاجتماعي
    [regional_organization] منظمة إقليمية
    [intergovernmental_organization] منظمة حكومية دولية
    [other_international_body] هيئة دولية
    [development_bank] مصرف إنمائي
    [regional_body] هيئة إقليمية
    [negotiating_group] مجموعة تفاوضية من الدول الأعضاء
   *[other] { $category }
    }
hover-opening-strength-scale = القوة (سلّم «{ $scale }»): { $steps }
hover-opening-strength = القوة { $strength }/6 بين عبارات فئة «{ $family }»
hover-lexicon-note = { $note } _(ملاحظة المعجم، بالإنكليزية)_

## الإكمال التلقائي للعبارات الاستهلالية والمنظمات (التفاصيل والوثائق)
opening-part = { $part ->
        [preambular] الديباجة
       *[operative] المنطوق
    }
completion-strength = القوة { $strength }/6
completion-english = بالإنكليزية `{ $english }`
completion-opening-translates = تقابل `{ $english }` (بالإنكليزية)؛ وتستهل { $count } { $count ->
        [few] فقرات
       *[other] فقرة
    } من النصوص المعتمدة في المدونة الموازية بهذه اللغة.
completion-organization-parent = تابعة لـ: { $parent }.
completion-organization-former = سابقاً *{ $name }*{ $acronym } (حتى { $until }).
completion-repeated = مكررة
completion-repeated-opening = عبارة استهلالية مكررة
completion-repeated-documentation = تستهل الفقرة السابقة بـ { $base }: تكتب الأمم المتحدة العبارة المكررة { $repeated }.
completion-operative-number = الفقرة { $n } من المنطوق
completion-operative-number-documentation = فقرة جديدة من المنطوق: `{ $n }.` ثم علامة جدولة ثم فعلها.
completion-organization-english = { $english } (بالإنكليزية)
completion-organization-foreign-documentation = اسم `{ $english }` بهذه اللغة، كما تكتبه النصوص المعتمدة في المدونة الموازية.
completion-organization-first-mention = أول ذكر
completion-organization-first-mention-documentation = عند ذكره أول مرة، الاسم الكامل متبوعاً بالمختصر بين قوسين.
completion-organization-former-detail = اسم سابق، حتى { $until } · حالياً { $name }
completion-organization-former-documentation = { $change } (بالإنكليزية). لا يُكتب إلا للإشارة إلى الهيئة كما كانت آنذاك.

## Inlay hint of a citation's date (the date itself is written in the text's language)
inlay-date-tooltip = تاريخ { $symbol } في الفهرس

## A draft compared with its base, in the editor (lenses and hover)
diff-lens-compared = مقارنة بـ { $base }: { $summary } · تصدير التغييرات المتعقبة
diff-summary = دون تغيير: { $unchanged }، معدلة: { $changed }، جديدة: { $new }، محذوفة: { $deleted }، منقولة: { $moved }
diff-status = { $status ->
        [unchanged] دون تغيير
        [changed] معدلة
        [new] جديدة
       *[deleted] محذوفة
    }
diff-split-from = مقسومة من { $units }
diff-merged-from = مدمجة من { $units }
diff-moved-from = منقولة من { $units }
diff-was = سابقاً { $units }
diff-hover-new = ليست في النص الأساسي: فقرة جديدة.
diff-lens-base-problem = النص الأساسي: { $message }

## The outline's groups, and a language's name
outline-preamble = الديباجة
outline-operative-part = المنطوق
outline-footnotes = الحواشي
outline-in-brackets = [بين معقوفتين]
language-name = { $language ->
        [en] الإنكليزية
        [fr] الفرنسية
        [es] الإسبانية
        [ar] العربية
        [zh] الصينية
       *[ru] الروسية
    }

## The command line's last line (resolute check, resolute compare)
check-count-errors = الأخطاء: { $n }
check-count-warnings = التحذيرات: { $n }
check-count-information = المعلومات: { $n }
check-count-hints = التلميحات: { $n }
check-count-files = الملفات: { $n }
check-count-paths = المسارات: { $n }
check-summary = { $counts }؛ { $files }
check-unreadable = {" "}(تعذرت قراءة بعضها، { $paths })
check-against = { $summary }، مقارنة بـ { $reference }

## Notices the editor shows (the details, from the files and the system, stay as they are written)
notice-config-problems = Resolute: مشكلات في الفهارس أو في resolute.toml (العدد: { $count })؛ وحُمّل الباقي. { $first }
notice-export-written = Resolute: كُتبت التغييرات المتعقبة مقارنة بـ { $base } في { $path }
