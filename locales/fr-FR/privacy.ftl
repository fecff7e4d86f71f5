### "Privacy" tab (zone pivot "privsection"), in page order.
### French (France). Typography: non-breaking space (U+00A0) before ? : ; !

privacy-gdpr = Êtes-vous soumis au RGPD ou à d’autres exigences ou obligations en matière de confidentialité ou de protection des données (par exemple, le CCPA) ?

privacy-external-notice = L’application dispose-t-elle d’une déclaration de confidentialité publique qui décrit comment elle collecte, utilise, partage et stocke les données client ?

# Row label; the answer is a link.
privacy-policy-url = URL de la politique de confidentialité

privacy-automated-decisions = L’application prend-elle des décisions automatisées, y compris par profilage, susceptibles d’avoir un effet juridique ou un effet similaire ?

# Shown only on pages of some waves.
privacy-objection = Les personnes ont-elles la possibilité de s’opposer au traitement ?

privacy-secondary-purpose = L’application traite-t-elle les données client à des fins secondaires non décrites dans la déclaration de confidentialité (par exemple, marketing ou analyse) ?

privacy-special-categories = Traitez-vous des catégories particulières de données sensibles (par exemple, l’origine raciale ou ethnique, les opinions politiques, les convictions religieuses ou philosophiques, les données génétiques ou biométriques, les données de santé) ou des catégories de données soumises à des lois sur la notification des violations ?

privacy-minors = L’application collecte-t-elle ou traite-t-elle des données de mineurs (c’est-à-dire de personnes de moins de 16 ans) ?

# Follows the question about minors; shown only on pages of some waves.
privacy-parental-consent = Le consentement d’un parent ou d’un tuteur légal est-il recueilli ?

privacy-deletion = L’application permet-elle de supprimer les données personnelles d’une personne à sa demande ?

privacy-restriction = L’application permet-elle de restreindre ou de limiter le traitement des données personnelles d’une personne à sa demande ?

privacy-correction = L’application permet-elle aux personnes de corriger ou de mettre à jour leurs données personnelles ?

privacy-reviews = Des examens réguliers de la confidentialité et de la protection des données (par exemple, des analyses d’impact relatives à la protection des données ou des évaluations des risques pour la vie privée) sont-ils effectués afin d’identifier les risques liés au traitement des données personnelles par l’application ?
