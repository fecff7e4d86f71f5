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

# Older pages (zone_pivot_groups app-info-data-mcas-identity, app-info-data-mcas, app-info-data-identity): sections of the
# "data" tab after intro-data, in page order. The H4 heading of the first section is heading-graph (identity.ftl).

# Paragraph above the Microsoft Graph permission table of older pages. The Markdown link is part of the message: keep its target unchanged.
data-graph-permissions = Répertoriez les [autorisations Microsoft Graph](/graph/permissions-reference) requises par cette application.

# Header cell of the permission table of older pages (block quote); the cells below are permission names such as User.Read.All. The last column is data-graph-app-id (identity.ftl).
data-graph-permission = Autorisation

# Header cell; the cells below are enum-permission-* values (Delegated, Application).
data-graph-permission-type = Type d’autorisation (déléguée/application)

# Header cell; the cells below are free text written by the publisher.
data-graph-collected = Des données sont-elles collectées ? Justification de la collecte ?

# Header cell; the cells below are free text written by the publisher.
data-graph-stored = Des données sont-elles stockées ? Justification du stockage ?

# H4 heading.
heading-other-apis = Accès aux données à l’aide d’autres API Microsoft

# Paragraph under the heading; a table of APIs (data-api-*) or the note note-no-additional-apis (identity.ftl) follows.
# OII: organizational identifiable information (fr "informations d’identification organisationnelle", de "organisationsidentifizierbare Informationen").
data-other-apis = Les applications et compléments basés sur Microsoft 365 peuvent utiliser d’autres API Microsoft que Microsoft Graph pour collecter ou traiter des informations d’identification organisationnelle (OII). Répertoriez les API Microsoft autres que Microsoft Graph utilisées par cette application.

# Header cell of the table of other Microsoft APIs (block quote); the cells below are API names.
data-api = API

# Header cell; the cells below are answer words.
data-api-oii-collected = Des OII sont-elles collectées ?

# Header cell; the cells below are free text written by the publisher.
data-api-oii-collected-what = Quelles OII sont collectées ?

# Header cell; the cells below are free text written by the publisher.
data-api-collect-justification = Justification de la collecte des OII ?

# Header cell; the cells below are answer words.
data-api-oii-stored = Des OII sont-elles stockées ?

# Header cell; the cells below are free text written by the publisher.
data-api-store-justification = Justification du stockage des OII ?

# H4 heading.
heading-non-microsoft-services = Services non-Microsoft utilisés

# Paragraph under the heading; a table (data-services-*), a note or the publisher’s answer follows.
data-non-microsoft-services = Si l’application transfère ou partage des données de l’organisation avec un service non-Microsoft, indiquez le service non-Microsoft utilisé par l’application et les données transférées, et justifiez la nécessité de ce transfert.

# Header cell of the table of non-Microsoft services (block quote); the cells below are written by the publisher.
data-services-name = Services non-Microsoft auxquels des OII sont transférées

# Header cell; the cells below are free text written by the publisher.
data-services-oii = Quelles OII sont transférées ?

# Header cell; the cells below are free text written by the publisher.
data-services-justification = Justification du transfert des OII ?

# One-line note (block quote) shown instead of the table of non-Microsoft services.
note-no-non-microsoft-services = Aucun service non-Microsoft n’est utilisé.

# H4 heading.
heading-bots = Accès aux données via des bots

# Paragraph under the heading; the publisher’s answer follows (free text, a table or a note).
# EUII: end-user identifiable information (fr "informations d’identification de l’utilisateur final", de "Endbenutzer-identifizierbare Informationen").
data-bots = Si cette application contient un bot ou une extension de messagerie, elle peut accéder à des informations d’identification de l’utilisateur final (EUII) : la liste (prénom, nom, nom d’affichage, adresse e-mail) des membres d’une équipe ou d’une conversation à laquelle elle est ajoutée. Cette application utilise-t-elle cette possibilité ?

# Header cell of the bot table (block quote); the cells below are free text written by the publisher.
data-bots-justification = Justification de l’accès aux EUII ?

# Header cell; the cells below are answer words or free text.
data-bots-euii-stored = Des EUII sont-elles stockées dans des bases de données ?

# Header cell; the cells below are free text written by the publisher.
data-bots-store-justification = Justification du stockage des EUII ?

# One-line note (block quote) in the bot section.
note-no-euii-access = Aucune EUII n’est consultée.

# H4 heading.
heading-telemetry = Données de télémétrie

# Paragraph under the heading; the publisher’s answer follows (free text).
data-telemetry = Des informations d’identification organisationnelle (OII) ou des informations d’identification de l’utilisateur final (EUII) apparaissent-elles dans les journaux ou la télémétrie de cette application ? Si oui, décrivez les données stockées ainsi que les stratégies de conservation et de suppression.

# One-line note (block quote) in the telemetry section.
note-no-oii-euii-telemetry = Aucune OII ni EUII n’apparaît dans la télémétrie ou les journaux de l’application.

# H4 heading.
heading-organizational-controls = Contrôles de l’organisation sur les données stockées par le partenaire

# Paragraph under the heading; the publisher’s answer follows (free text).
data-organizational-controls = Décrivez comment les administrateurs de l’organisation peuvent contrôler leurs informations dans les systèmes du partenaire (par exemple : suppression, conservation, audit, archivage, stratégie de l’utilisateur final).

# H4 heading.
heading-human-review = Examen humain des informations de l’organisation

# Paragraph under the heading; the publisher’s answer follows (free text).
data-human-review = Des personnes participent-elles à l’examen ou à l’analyse des informations d’identification organisationnelle (OII) collectées ou stockées par cette application ?
