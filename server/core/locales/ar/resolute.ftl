# رسائل Resolute بالعربية. ما لم يترجم بعد يظهر بالإنكليزية.

## bracket-balance

bracket-balance-unopened = احذف `]` هذا، أو أضف `[` حيث يبدأ النص قيد التفاوض: فهو لا يُغلق أي `[`
bracket-balance-unclosed = أضف `]` حيث ينتهي النص قيد التفاوض، أو احذف `[` هذا: فهو لا يُغلق أبداً

## Hover

hover-footnote = الحاشية { $number }
hover-footnote-no-text = ليس لهذه الحاشية نص بعد.
hover-footnote-split = يُقرأ `{ $whole }` على أنه `{ $number }` تليه علامة الحاشية { $marker }.

## version-mismatch (resolute compare: English in every locale for now)

version-mismatch = { $text }
