# Resolute's messages: translation to come; English is shown meanwhile.

## version-mismatch (resolute compare: English in every locale for now)

version-mismatch = { $text }
