### "Data handling" tab (zone pivot "data"), in page order.
### French (France). Typography: non-breaking space (U+00A0) before ? : ; !

# H3 heading of the "data" tab.
heading-data-handling = Comment l’application gère les données

# Sentence under the data heading. $publisher is the publisher (partner company) name, never translated.
intro-data = Ces informations, fournies par { $publisher }, décrivent comment cette application collecte et stocke les données de l’organisation, et le contrôle dont votre organisation dispose sur les données collectées par l’application.

data-process-customer-data = L’application ou l’infrastructure sous-jacente traite-t-elle des données relatives à un client Microsoft ou à son appareil ?

# The answer is free text written by the publisher.
data-processed-data = Quelles données votre application traite-t-elle ?

data-tls = L’application prend-elle en charge TLS 1.1 ou une version ultérieure ?

data-store-customer-data = L’application ou l’infrastructure sous-jacente stocke-t-elle des données de clients Microsoft ?

# The answer is free text written by the publisher.
data-stored-data = Quelles données sont stockées dans vos bases de données ?

# The answer is a list of countries (enum-country-*).
data-storage-location = Si l’infrastructure sous-jacente traite ou stocke des données de clients Microsoft, où ces données sont-elles stockées géographiquement ?

data-retention-process = Disposez-vous d’un processus établi de conservation et de suppression des données ?

# The answer is an enum-retention-* value.
data-retention-period = Combien de temps les données sont-elles conservées après la résiliation du compte ?

data-access-management = Disposez-vous d’un processus établi de gestion de l’accès aux données ?

# "Sub-processors" in the GDPR sense: fr "sous-traitants ultérieurs", de "Unterauftragsverarbeiter".
data-third-party-transfer = Transférez-vous des données client ou du contenu client à des tiers ou à des sous-traitants ultérieurs ?

# Shown only on pages of some waves.
data-sharing-agreements = Avez-vous conclu des accords de partage de données avec les services tiers avec lesquels vous partagez des données de clients Microsoft ?
