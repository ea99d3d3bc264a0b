# Resolute 的中文消息：诊断、快速修正标题、代码操作和悬停提示。引自文件的
# 文字、文号和数字保持原样；日期和届次已按中文写法给出。

## bracket-balance

bracket-balance-unopened = 删除此`]`，或在尚在谈判的案文开始处添加`[`：它没有对应的`[`
bracket-balance-unclosed = 在尚在谈判的案文结束处添加`]`，或删除此`[`：它始终没有闭合

## citation-catalog-date

citation-catalog-date-whole = 写为`{ $write }`：第{ $cite }号决议于{ $known }{ $others }{ $source }通过，而不是{ $date }
citation-catalog-date-others = （或{ $dates }）
citation-date-cited-source = （正式文本引用的日期）
citation-catalog-date-part = 写为`{ $write }`：{ $section ->
        [yes] 第{ $written }号决议的一节
       *[no] 第{ $written }号决议
    }于{ $expected }{ $source }通过，而不是{ $date }
citation-catalog-date-parts = 核对日期：目录所载第{ $cite }号决议的日期是{ $dates }，不是{ $date }，目录中也没有{ $written }的日期
citation-catalog-date-fix = 写为{ $written }

## citation-future

citation-future-session = 核对编号：第{ $cite }号决议属于{ $cited }会议，晚于本案文所属的届会（{ $own }）
citation-future-number = 核对编号：第{ $cite }号决议晚于本决议（{ $own }）
citation-future-session-end = 核对编号：第{ $cite }号决议的日期为{ $cited }，晚于本案文所属届会{ $end }的闭幕
citation-future-adoption = 核对编号：第{ $cite }号决议的日期为{ $cited }，晚于本案文{ $own }的通过日期

## citation-malformed

citation-malformed-roman = 届会应以罗马数字I、II……XXX书写：这不是有效的罗马数字
citation-malformed-old-emergency = 写为`NNNN (ES-{ $roman })`：第六届紧急特别会议之前的决议采用旧的编号方式
citation-malformed-old-special = 写为`NNNN (S-{ $roman })`：第八届特别会议之前的决议采用旧的编号方式
citation-malformed-session-zero = 核对编号：没有第0届会议
citation-malformed-number-zero = 核对编号：决议从1开始编号
citation-malformed-year = 核对年份：安全理事会于1946年通过第一项决议，而不是{ $year }年
citation-malformed-day-zero = 更正日期：日期不能是0日
citation-malformed-date = 更正日期：{ $date }不存在（{ $year }年{ $month }有{ $days }天）
citation-malformed-roman-regular = 大会仅在第三十届（XXX）之前以罗马数字书写届次；第{ $n }届会议应写为`{ $n }/<编号>`
citation-malformed-roman-special = 自第八届特别会议起，决议编号为`S-{ $n }/<编号>`，不用罗马数字
citation-malformed-roman-emergency = 自第六届紧急特别会议起，决议编号为`ES-{ $n }/<编号>`，不用罗马数字

## citation-order

citation-order = 按通过的先后顺序列出所引决议：第{ $written }号决议（{ $date }）应在第{ $before_written }号决议（{ $before_date }）之前

## citation-session-date

citation-session-date-sc-year = 写为`{ $number } ({ $actual })`：安全理事会第{ $number }号决议于{ $actual }年通过，而不是{ $year }年
citation-session-date-sc-range = 核对编号和年份：安全理事会在{ $year }年通过了第{ $first }至{ $last }号决议；第{ $number }号决议不在其中
citation-session-date-sc-date = 核对日期：第{ $number }({ $year })号决议于{ $year }年通过，但此日期在{ $date_year }年
citation-session-date-during = 自{ $start }至{ $end }
citation-session-date-from = 自{ $start }起
citation-session-date-ga = 核对日期或编号：第{ $written }号决议属于{ $session }会议，该届会议自{ $start }至{ $end }通过案文；{ $date }不在此期间
citation-session-date-ga-opened = 核对日期或编号：第{ $written }号决议所属届会于{ $start }开幕；{ $date }早于开幕日期
citation-session-date-hrc = 核对日期或编号：人权理事会第{ $written }号决议属于其{ $session }会议，会期{ $during }；{ $date }不在此期间
citation-session-date-hrc-dates = 核对日期或编号：人权理事会第{ $written }号决议的日期为{ $during }；{ $date }早于此期间
citation-session-date-ecosoc = 核对日期：经济及社会理事会第{ $year }/{ $number }号决议属于其{ $year }年届会，会期为7月至次年7月（{ $during }）；{ $date }不在此期间
citation-session-date-ecosoc-year = 核对日期：经济及社会理事会第{ $year }/{ $number }号决议于{ $year }年通过，但此日期在{ $date_year }年
citation-session-date-option = { $organ ->
        [ga] 大会
        [sc] 安全理事会
        [hrc] 人权理事会
        [ecosoc] 经济及社会理事会
       *[other] 另一机构
    }的决议，{ $during }
citation-session-date-none-fits = 核对日期或编号：第{ $written }号决议应为{ $options }；{ $date }均不相符
citation-session-date-year-numbered = 核对日期或编号：第{ $year }/{ $number }号决议按其届会的年份编号，该届会议自{ $start }至{ $end }；{ $date }不在此期间

## citation-unknown

citation-unknown-dated = { $date }第{ $cite }号决议
citation-unknown-sc = 核对编号：目录所载安全理事会最后一项决议为{ $last }；第{ $number }号决议未知
citation-unknown-session = 核对编号：目录载有第{ $name }届会议的所有决议（第{ $first }至{ $last }号），第{ $written }号决议不在其中

## citation-title

citation-title = 照录标题：第{ $cite }号决议的标题为“{ $title }”{ $source }
citation-title-cited-in = （据{ $symbol }号文件引用）
citation-title-library = （据联合国数字图书馆的记录）
citation-title-fix = 写为目录所载标题

## footnotes

footnote-duplicate = 给此脚注文本一个单独的编号，或将其删除：脚注{ $number }已有文本（第{ $first }行）
footnote-missing = 添加脚注{ $n }的文本（在末尾的脚注中添加一行`{ $n } <文本>`），或删除此脚注编号：脚注{ $n }没有文本
footnote-order = 应为脚注{ $expected }：脚注按首次引用的先后顺序编号，脚注{ $n }在脚注{ $expected }之前被引用
footnote-unused = 在所注文字之后用编号{ $number }引用脚注{ $number }，或删除此脚注：正文中没有引用它的脚注编号

## former-name

former-name = 写为`{ $current }`，除非案文指的是该机构当时的名称：`{ $written }`是旧名称（使用{ $until }；{ $change }）
former-name-until = 至{ $until }

## Quick fixes shared by several rules

fix-write = 写为`{ $text }`

## operative-numbering

operative-numbering-label-used = 此编号已在第{ $line }行使用：给此段一个单独的编号（插入段落用`bis`）
operative-numbering-gap-one = 将此段编为第{ $expected }段，或在其前插入第{ $expected }段：缺少第{ $expected }段
operative-numbering-gap = 将此段编为第{ $expected }段，或插入缺少的段落：缺少第{ $expected }至{ $last }段
operative-numbering-mistyped = 将此段重新编为第{ $expected }段：其编号应为{ $expected }，而不是{ $found }
operative-numbering-twice = 将此段重新编为第{ $expected }段：编号{ $found }用了两次
operative-numbering-back = 将此段重新编为第{ $expected }段：它在第{ $previous }段之后，因此编号不应为{ $found }

## paragraph-opening

paragraph-opening-preambular-participle = 写为`{ $write }`，而不是`{ $word }`：序言部分段落应以分词开头
paragraph-opening-preambular-verb = 写为`{ $word }`的分词（`Recalling`，而不是`Recalls`）：序言部分段落应以分词开头
paragraph-opening-preambular-subject = 写为`Recalling …`、`Noting …`：序言部分段落应以分词开头，而不是以主语开头
paragraph-opening-preambular-other = 改写开头：序言部分段落应以分词或形容词开头（`Recalling`、`Noting with concern`、`Convinced`），而不是`{ $word }`
paragraph-opening-operative-other = 改写开头：执行部分段落应以现在时动词开头（`Requests`、`Decides`、`Calls upon`），而不是`{ $word }`
paragraph-opening-operative-present = 写为`{ $write }`，而不是`{ $word }`：执行部分段落应以现在时动词开头
paragraph-opening-operative-subject = 写为`{ $verb } …`：执行部分段落应以动词开头，不带主语
paragraph-opening-other-part = { $part ->
        [preambular] 序言部分段落以分词或形容词开头
       *[operative] 执行部分段落以现在时动词开头
    }：写为`{ $other }`，而不是`{ $word }`
paragraph-opening-other-part-rephrase = { $part ->
        [preambular] 序言部分段落以分词或形容词开头
       *[operative] 执行部分段落以现在时动词开头
    }，而不是以`{ $form }`开头：改写其开头

## paragraph-punctuation

paragraph-punctuation-replace = 将`{ $found }`改为`{ $expected }`：{ $what }应以{ $expected_name }结尾，而不是{ $found_name }
paragraph-punctuation-add = 在末尾添加`{ $expected }`：{ $what }应以{ $expected_name }结尾
paragraph-punctuation-fix-replace = 将`{ $found }`改为`{ $expected }`
paragraph-punctuation-fix-add = 添加`{ $expected }`
paragraph-punctuation-mark = { $mark ->
        [comma] 逗号
        [semicolon] 分号
        [full-stop] 句号
        [colon] 冒号
       *[other] 其他字符
    }
paragraph-punctuation-what = { $what ->
        [preambular] 序言部分段落
        [operative-not-last] 执行部分最后一段以外的段落
        [last] 执行部分最后一段
        [last-subparagraph] 执行部分最后一段的最后一个分段
       *[operative] 执行部分段落
    }

## paragraph-reference

paragraph-reference-backwards = 写为第{ $high }至{ $low }段：此段落范围顺序颠倒
paragraph-reference-missing = 更正援引：{ $scope ->
        [above] 上文
        [below] 下文
        [present] 本决议
       *[none] {""}
    }没有第{ $number }{ $suffix }段（段落编号至第{ $last }段为止）
paragraph-reference-no-subparagraph = 更正援引：第{ $number }{ $suffix }段没有({ $sub }){ $sub_suffix }分段

## repeated-opening

repeated-opening = 写为`{ $written }`：重复上一段开头`{ $base }`的段落{ $addressee ->
        [same] （对象相同）
       *[none] {""}
    }应加上`{ $adverb }`

## subparagraph-numbering

subparagraph-numbering-gap-one = 将此分段编为{ $expected }，或在其前插入{ $expected }：缺少分段{ $expected }
subparagraph-numbering-gap = 将此分段编为{ $expected }：缺少分段{ $expected }至{ $last }
subparagraph-numbering-mistyped = 将此分段重新编为{ $expected }：应为{ $expected }，而不是{ $found }
subparagraph-numbering-repeat = 将此分段重新编为{ $expected }：{ $found }重复了编号或顺序倒退

## The hints of a technical update (against the base)

update-session-unstated = （草案没有写明其届会：假定为基础案文届会的下一届；请在开头写明`Eightieth session`或其本身的届次）
update-report-session-copied = 写为`{ $new }`：`{ $written }`届会是从基础案文原样照抄的，基础案文已经要求了这一届会，而本草案就是提交该届会的{ $unstated }
update-report-session-before = 写为`{ $new }`：案文要求的是{ $written }届会，早于草案本身的届会（{ $draft }）{ $unstated }
update-session-copied = 写为`{ $new }`：`{ $written }`是从基础案文原样照抄的，在基础案文中指其本身的届会；本草案是提交{ $draft }届会的{ $unstated }
update-base-date = { $date }
update-base-not-recalled = 在序言部分回顾{ $date }第{ $cite }号决议：技术性更新应回顾其基础案文，即上届会议的决议
update-base-not-recalled-fix = 回顾第{ $cite }号决议

## Hover

hover-footnote = 脚注{ $number }
hover-footnote-no-text = 此脚注尚无文本。
hover-footnote-split = `{ $whole }`被读作`{ $number }`，后接脚注{ $marker }的编号。

## Code actions

action-renumber-paragraphs = 重新编排执行部分段落和分段的编号
action-renumber-footnotes = 按首次引用的顺序重新编排脚注编号
action-add-footnote = 添加脚注{ $number }的文本（一行`{ $number } `：在其后输入文本）
action-finalize-numbering = 确定编号（删除PP/OP标记，为bis/ter插入段落编号）
action-insert-date = 插入第{ $cite }号决议的日期（{ $date }）
action-sort-citations = 按通过的先后顺序排列所引决议

## version-mismatch (resolute compare：与另一语文本的差异)

version-mismatch-language = { $lang ->
        [en] 英文
        [fr] 法文
        [es] 西班牙文
        [ar] 阿拉伯文
        [zh] 中文
       *[ru] 俄文
    }
version-mismatch-moved = 此段是{ $lang }本的{ $unit }，在该文本中位于别处
version-mismatch-missing = { $lang }本此处有{ $unit }，本文本没有
version-mismatch-extra = { $lang }本中没有{ $unit }
version-mismatch-order = 此段对应{ $lang }本的{ $unit }：两段的顺序不同
version-mismatch-citation-other = 引用{ $cite }，而{ $lang }本引用{ $other }
version-mismatch-citation-extra = 引用{ $cite }，而{ $lang }本此处没有引用
version-mismatch-citation-lacking = 没有引用{ $cite }，而{ $lang }本此处引用了
version-mismatch-date = { $cite }此处的日期为{ $date }，{ $lang }本中为{ $other }
version-mismatch-date-unread = { $cite }的日期此处没有按本语文的日期格式书写（{ $lang }本的日期为{ $other }）
version-mismatch-date-part = { $cite }此处的日期含{ $figure }，{ $lang }本中为{ $other }
version-mismatch-footnote-here = 此处引用脚注{ $number }，而{ $lang }本的这一段没有引用
version-mismatch-footnote-there = { $lang }本在这一段引用脚注{ $number }；本文本没有
version-mismatch-reference = 援引第{ $number }段，而{ $lang }本援引第{ $other }段
version-mismatch-figure = 此处为{ $figure }，{ $lang }本为{ $other }
version-mismatch-symbol = 此处为{ $symbol }，{ $lang }本为{ $other }
version-mismatch-note = { $lang }本此处
version-mismatch-unit-paragraph = 第{ $number }段
version-mismatch-unit-subparagraph = 第{ $number }段({ $letters })分段
version-mismatch-unit-subparagraph-alone = ({ $letters })分段
version-mismatch-unit-preambular = 序言部分第{ $number }段
version-mismatch-unit-operative = 执行部分段落
version-mismatch-unit-unnumbered = 未编号段落{ $number }
version-mismatch-unit-table-row = 表格第{ $number }行
version-mismatch-unit-footnote = 脚注{ $number }
version-mismatch-unit-in-annex = 附件{ $annex }的{ $unit }

## Hover on a citation (the catalog's title, symbol and notes stay as the catalog writes them)

hover-citation-organ = { $organ ->
        [ga] 大会
        [sc] 安全理事会
        [hrc] 人权理事会
        [ecosoc] 经济及社会理事会
       *[other] 另一机构
    }{ $kind ->
        [decision] 决定
       *[resolution] 决议
    }
hover-citation-ga-session = 大会{ $session }会议（{ $start }至{ $end }）
hover-citation-emergency-session = 大会{ $session }紧急特别会议
hover-citation-special-session = 大会{ $session }特别会议
hover-citation-hrc-session = 人权理事会第{ $session }届会议
hover-citation-ecosoc-year = { $year }年通过
hover-citation-title-english = （英文）
hover-citation-title-cited-in = （据{ $symbol }号文件引用）
hover-citation-adopted = 于{ $date }通过{ $how }。
hover-citation-dated-by-citations = （正式文本引用的日期）
hover-citation-also-dated = 另有日期：{ $dates }。
hover-citation-parts = 部分：{ $parts }。
hover-citation-builtin = 内置目录（联合国数据）。
hover-citation-from-file = 来自{ $path }第{ $line }行。
hover-citation-declared-by = 由{ $uri }声明。
hover-citation-links = [undocs.org上的案文](https://undocs.org/{ $path }) · [在联合国数字图书馆中搜索](https://digitallibrary.un.org/search?ln={ $ln }&p={ $query })
hover-citation-other-body = 措辞表明这项{ $kind ->
        [decision] 决定
       *[resolution] 决议
    }由另一机构通过；目录收录的是大会、安全理事会和人权理事会的决议。
hover-citation-no-body = 案文没有说明通过这项{ $kind ->
        [decision] 决定
       *[resolution] 决议
    }的机构，因此不查阅目录（例如写为`大会第…号决议`或`其第…号决议`）。
hover-citation-unknown = 目录中没有此项，而目录收录了这一系列的所有决议：请核对编号。
hover-citation-partial = 目录中没有此项，但目录只收录了这一系列的一部分：这不说明任何问题。
hover-citation-cited-date = 此处引用的通过日期为{ $date }。
hover-citation-this-text = 本案文。
hover-citation-own-unknown = 本案文自身的文号；目录尚未收录。

## Why a renumbering is declined (the reason of a disabled code action)

renumber-reference-paragraph = 第{ $item }段
renumber-reference-subparagraph = 分段{ $item }
renumber-declined-lines = 重新编号会改变案文的行
renumber-declined-past-end = 重新编号会修改案文末尾之后的行
renumber-declined-references = 重新编号会改变案文的内部援引
renumber-declined-points-now = 第{ $line }行的`{ $what }`没有指向任何段落，重新编号会使其指向某一段：请先更正该援引
renumber-declined-points-elsewhere = 重新编号后，第{ $line }行的`{ $what }`会指向另一段
renumber-declined-backwards = 重新编号后，第{ $line }行以`{ $what }`结尾的范围会顺序颠倒

## 拒绝重命名的原因

rename-declined-here = 此处只能重命名段落编号或脚注编号
rename-declined-not-a-number = `{ $name }`不是数字：请写从1开始的整数，例如{ $old }
rename-declined-paragraph = 无法将第{ $old }段重新编号为{ $new }：{ $reason }
rename-declined-footnote-exists = 脚注{ $new }已存在：请选择任何脚注都未使用的编号，或按首次引用的顺序重新编排脚注

## Hover on an opening phrase or an organization (the lexicon's phrases, notes, statuses and names stay as the lexicon writes them; its families, bodies and categories are below)

hover-opening-unknown = 不在开头用语词汇表中。
hover-opening-kind = { $part ->
        [preambular] 序言部分
       *[operative] 执行部分
    }开头用语，{ $family }
hover-opening-translates = { $part ->
        [preambular] 序言部分
       *[operative] 执行部分
    }开头用语，{ $family }；对应英文 *{ $phrase }*
hover-opening-used-by = 使用机构：{ $bodies }；在语料库的已通过案文中作为{ $count }个段落的开头。
hover-opening-binds-preambular = 序言部分段落陈述考虑因素，不对任何人具有约束力。
hover-opening-binds-not = 不具约束力：属于建议、请求或立场表述。
hover-opening-binds-sc-chapter-vii = 具有约束力：安全理事会的决定，会员国同意予以执行（《宪章》第二十五条），此处系根据第七章采取行动。
hover-opening-binds-sc = 作为安全理事会的决定具有约束力（《宪章》第二十五条）；第七章以外的决定是否具有约束力存在争议。
hover-opening-binds-ga = 仅在大会内部事项（预算、附属机构、议程、程序）上具有约束力；其他情况下为建议（《宪章》第十条至第十四条）。
hover-opening-binds-decision = 决定：安全理事会作出决定时具有约束力（《宪章》第二十五条）；大会的决定仅在内部事项上具有约束力。
hover-organization-parent = ，隶属于{ $parent }
hover-organization-status = {" "}状态：{ $status }。
hover-organization-former = { $name }是旧名称，使用至{ $until }（{ $change }）。
hover-organization-former-names = 旧名称：
hover-organization-former-item = { $name }{ $acronym }，至{ $until }（{ $change }）
hover-organization-unverified = _来自一般知识，未经来源核实。_

## The drafting vocabulary's closed sets in hovers: families of opening phrases, bodies, categories of organizations, strength (codes from the lexicon; notes and statuses stay as the lexicon writes them)
opening-family = { $family ->
    [acknowledgement] 确认
    [approval] 赞同
    [censure] 谴责
    [cognition] 认知
    [concern] 关切
    [conviction] 信念
    [decision] 决定
    [declaration] 宣告
    [emphasis] 强调
    [exhortation] 敦促
    [position] 立场
    [procedure] 程序
    [purpose] 目的
    [reference] 援引
    [regret] 遗憾
    [request] 请求
    [sc] 安全理事会
    [sc_chapter_vii] 第七章
   *[other] { $family }
    }
opening-bodies = { $bodies ->
    [ga] 大会
    [sc] 安全理事会
    [mun] 仅见于模拟联合国列表（联合国案文中少见）
   *[all] 所有机关
    }
organization-category = { $category ->
    [principal_organ] 联合国主要机关
    [ga_main_committee] 大会主要委员会
    [ga_subsidiary] 大会附属机构
    [ecosoc_functional_commission] 经济及社会理事会职司委员会
    [ga_sc_subsidiary] 大会和安全理事会附属机构
    [disarmament_forum] 裁军谈判论坛
    [ga_ecosoc_subsidiary] 大会和经济及社会理事会附属机构
    [ecosoc_subsidiary] 经济及社会理事会附属机构
    [sc_subsidiary] 安全理事会附属机构
    [peace_operation] 联合国和平行动
    [special_political_mission] 联合国特别政治任务
    [regional_peace_operation] 区域和平行动
    [specialized_agency] 联合国专门机构
    [specialized_agency_world_bank_group] 专门机构（世界银行集团）
    [world_bank_group] 世界银行集团机构
    [related_organization] 联合国系统相关组织
    [treaty_body_independent] 独立的条约机构
    [convention_secretariat] 公约秘书处
    [fund_programme] 联合国基金或方案
    [research_training] 联合国研究和训练机构
    [secretariat_unit] 联合国秘书处单位
    [secretariat_department] 联合国秘书处部厅
    [secretariat_office] 联合国总部以外办事处
    [regional_commission] 经济及社会理事会区域委员会
    [regional_organization] 区域组织
    [intergovernmental_organization] 政府间组织
    [other_international_body] 国际机构
    [development_bank] 开发银行
    [regional_body] 区域机构
    [negotiating_group] 会员国谈判集团
   *[other] { $category }
    }
hover-opening-strength-scale = 强度（“{ $scale }”等级）：{ $steps }
hover-opening-strength = 在“{ $family }”类措辞中的强度为{ $strength }/6
hover-lexicon-note = { $note } _（词汇表注释，英文）_

## 开头用语和组织的补全（详情和说明）
opening-part = { $part ->
        [preambular] 序言部分
       *[operative] 执行部分
    }
completion-strength = 强度{ $strength }/6
completion-english = 英文`{ $english }`
completion-opening-translates = 对应`{ $english }`（英文）；在平行语料库该语文的已通过案文中作为{ $count }个段落的开头。
completion-organization-parent = 隶属于：{ $parent }。
completion-organization-former = 原名*{ $name }*{ $acronym }（使用至{ $until }）。
completion-repeated = 重复
completion-repeated-opening = 重复的开头用语
completion-repeated-documentation = 上一段以{ $base }开头：联合国将重复的开头用语写作{ $repeated }。
completion-operative-number = 执行部分第{ $n }段
completion-operative-number-documentation = 新的执行部分段落：`{ $n }.`、一个制表符，然后是动词。
completion-organization-english = { $english }（英文）
completion-organization-foreign-documentation = `{ $english }`在该语文中的名称，按平行语料库已通过案文的写法。
completion-organization-first-mention = 首次提及
completion-organization-first-mention-documentation = 首次提及时，写全称并在括号内注明缩写。
completion-organization-former-detail = 原名，使用至{ $until } · 现名{ $name }
completion-organization-former-documentation = { $change }（英文）。仅在指当时的机构时使用。

## Inlay hint of a citation's date (the date itself is written in the text's language)
inlay-date-tooltip = 目录中{ $symbol }的日期

## A draft compared with its base, in the editor (lenses and hover)
diff-lens-compared = 与{ $base }比较：{ $summary } · 导出修订
diff-summary = 未改{ $unchanged }，修改{ $changed }，新增{ $new }，删除{ $deleted }，移动{ $moved }
diff-status = { $status ->
        [unchanged] 未改
        [changed] 修改
        [new] 新增
       *[deleted] 删除
    }
diff-split-from = 拆分自{ $units }
diff-merged-from = 合并自{ $units }
diff-moved-from = 移自{ $units }
diff-was = 原为{ $units }
diff-hover-new = 基础文本中没有：新段落。
diff-lens-base-problem = 基础文本：{ $message }

## The outline's groups, and a language's name
outline-preamble = 序言部分
outline-operative-part = 执行部分
outline-footnotes = 脚注
outline-in-brackets = [方括号内]
language-name = { $language ->
        [en] 英文
        [fr] 法文
        [es] 西班牙文
        [ar] 阿拉伯文
        [zh] 中文
       *[ru] 俄文
    }

## The command line's last line (resolute check, resolute compare)
check-count-errors = { $n }个错误
check-count-warnings = { $n }个警告
check-count-information = { $n }条信息
check-count-hints = { $n }条提示
check-count-files = { $n }个文件
check-count-paths = { $n }个路径
check-summary = { $counts }，共{ $files }
check-unreadable = （{ $paths }无法读取）
check-against = { $summary }，对照{ $reference }

## Notices the editor shows (the details, from the files and the system, stay as they are written)
notice-config-problems = Resolute：目录或resolute.toml中有{ $count }个问题；其余已加载。{ $first }
notice-export-written = Resolute：相对于{ $base }的修订已写入{ $path }
