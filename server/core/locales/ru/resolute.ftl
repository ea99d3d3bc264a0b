# Resolute's messages: translation to come; English is shown meanwhile.
