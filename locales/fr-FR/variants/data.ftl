### Published machine-translation wordings of the messages of data.ftl (fr-FR).
### Recognized when reading published pages, never written. Attribute names (.mt1, .mt2, ...) are stable.

heading-data-handling =
    .mt1 = Gestion des données par l’application

intro-data =
    .mt1 = Ces informations ont été fournies par { $publisher } sur la façon dont cette application collecte et stocke les données organisationnelles et le contrôle que votre organisation aura sur les données collectées par l’application.
    .mt2 = { $publisher } a fourni ces informations sur la façon dont cette application collecte et stocke les données organisationnelles et le contrôle que votre organisation aura sur les données collectées par l’application.
    .mt3 = { $publisher } a fourni ces informations sur la façon dont cette application collecte et stocke les données organisationnelles, ainsi que sur le contrôle que votre organisation aura sur les données collectées par l’application.
    .mt4 = Cette information a été fournie par { $publisher } sur la façon dont cette application collecte et stocke les données organisationnelles et le contrôle que votre organisation aura sur les données collectées par l’application.
    .mt5 = Ces informations ont été fournies par { $publisher } sur la façon dont cette application collecte et stocke les données d’organisation et le contrôle que votre organisation aura sur les données collectées par l’application.
    .mt6 = Ces informations ont été fournies par les { $publisher } sur la façon dont cette application collecte et stocke les données organisationnelles et le contrôle que votre organisation aura sur les données collectées par l’application.

data-process-customer-data =
    .mt1 = L’application ou l’infrastructure sous-jacente traite-t-elle les données relatives à un client Microsoft ou à son appareil ?
    .mt2 = L’application ou l’infrastructure sous-jacente traitera-t-elle les données relatives à un client Microsoft ou à son appareil ?

data-processed-data =
    .mt1 = Quelles données sont traitées par votre application ?

data-tls =
    .mt1 = L’application prend-elle en charge TLS 1.1 ou version ultérieure ?
    .mt2 = L’application prend-elle en charge TLS 1.1 ou une valeur supérieure ?

data-store-customer-data =
    .mt1 = L’application ou l’infrastructure sous-jacente stocke-t-elle des données client Microsoft ?

data-storage-location =
    .mt1 = Si l’infastructure sous-jacente traite ou stocke les données client Microsoft, où ces données sont-elles stockées géographiquement ?
    .mt2 = Si des infastructures sous-jacentes traitent ou stockent des données client Microsoft, où sont stockées géographiquement ces données ?

data-retention-process =
    .mt1 = Disposez-vous d’un processus de location et d’élimination des données établi ?

data-retention-period =
    .mt1 = Combien de temps les données sont-ils conservées après la résiliation du compte ?
    .mt2 = Combien de temps les données sont-elles conservées après la résiliation d’un compte ?

data-access-management =
    .mt1 = Disposez-vous d’un processus de gestion de l’accès aux données établi ?
    .mt2 = Avez-vous un processus de gestion de l’accès aux données établi ?

data-third-party-transfer =
    .mt1 = Transférez-vous des données client ou du contenu client vers des tiers ou des sous-processeurs ?
    .mt2 = Transférez-vous des données client ou du contenu client à des tiers ou des sous-processeurs ?

data-sharing-agreements =
    .mt1 = Avez-vous des accords de partage de données en place avec un service tiers avec qui vous partagez des données client Microsoft ?
    .mt2 = Avez-vous des contrats de partage de données en place avec un service tiers avec lequel vous partagez des données client Microsoft ?
