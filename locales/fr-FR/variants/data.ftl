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
    .mt7 = Ces informations ont été fournies par{ $publisher } sur la façon dont cette application collecte et stocke les données organisationnelles et le contrôle que votre organisation aura sur les données collectées par l’application.
    .mt8 = Ces informations ont été fournies par { $publisher } sur la façon dont cette application collecte et stocke les données organisationnelles, ainsi que sur le contrôle que votre organisation aura sur les données collectées par l’application.
    .mt9 = Ces informations ont été fournies par { $publisher } la façon dont cette application collecte et stocke les données organisationnelles, ainsi que le contrôle que votre organisation aura sur les données collectées par l’application.
    .mt10 = { $publisher } a fourni ces informations sur la façon dont cette application collecte et stocke les données d’organisation et le contrôle que votre organisation aura sur les données collectées par l’application.

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

data-graph-permission-type =
    .mt1 = Type d’autorisation (Délégué/Application)

data-graph-collected =
    .mt1 = Les données sont-elles collectées ? Justification de la collecte ?

data-graph-stored =
    .mt1 = Les données sont-elles stockées ? Justification de son stockage ?
    .mt2 = Les données sont-ils stockées ? Justification du stockage ?

data-other-apis =
    .mt1 = Les applications et compléments basés sur Microsoft 365 peuvent utiliser des API Microsoft supplémentaires autres que Microsoft Graph pour collecter ou traiter des informations d’identification organisationnelles (OII). Répertoriez toutes les API Microsoft autres que Microsoft Graph utilisées par cette application.
    .mt2 = Les applications et les compléments créés sur Microsoft 365 peuvent utiliser des API Microsoft supplémentaires autres que Microsoft Graph pour collecter ou traiter des informations d’identification organisationnelle (OII). List any Microsoft APIs other than Microsoft Graph this app uses.

data-api-oii-collected =
    .mt1 = OII est-il collecté ?

data-api-oii-collected-what =
    .mt1 = Quelle OII est collectée ?
    .mt2 = Quels OII sont collectés ?

data-api-collect-justification =
    .mt1 = Justification de la collecte d’OII ?

data-api-oii-stored =
    .mt1 = OII est-il stocké ?

data-api-store-justification =
    .mt1 = Justification du stockage d’OII ?

heading-non-microsoft-services =
    .mt1 = Non utilisé services Microsoft
    .mt2 = Non-services Microsoft utilisé

data-non-microsoft-services =
    .mt1 = Si l’application transfère ou partage des données d’organisation avec un service non-Microsoft, répertoriez le service non-Microsoft utilisé par l’application, les données transférées et incluez une justification pour laquelle l’application doit transférer ces informations.
    .mt2 = Si l’application transfère ou partage des données organisationnelles avec un service non-Microsoft, indiquez le service non-Microsoft utilisé par l’application, quelles données sont transférées et incluez une justification pour la raison pour laquelle l’application doit transférer ces informations.

data-services-name =
    .mt1 = Toutes les OII non services Microsoft sont transférées vers

data-services-oii =
    .mt1 = Quel OII est transféré ?
    .mt2 = Quels OII sont transférés ?

data-services-justification =
    .mt1 = Justification du transfert d’OII ?

note-no-non-microsoft-services =
    .mt1 = Les non-services Microsoft ne sont pas utilisées.
    .mt2 = Les éléments services Microsoft ne sont pas utilisés.

data-bots =
    .mt1 = Si cette application contient un bot ou une extension de messagerie, elle peut accéder aux informations d’identification de l’utilisateur final (EUII) : la liste (prénom, nom, nom d’affichage, adresse e-mail) d’un membre de l’équipe d’une équipe ou d’une conversation à laquelle elle est ajoutée. Cette application utilise-t-elle cette fonctionnalité ?
    .mt2 = Si cette application contient un bot ou une extension de messagerie, elle peut accéder aux informations d’identification de l’utilisateur final (EUII) : la liste (prénom, nom, nom d’affichage, adresse e-mail) d’un membre d’une équipe ou d’une conversation à qui elle est ajoutée. Cette application utilise-t-elle cette fonctionnalité ?

data-bots-justification =
    .mt1 = Justification de l’accès à l’EUII ?

data-bots-euii-stored =
    .mt1 = EUII est-il stocké dans des bases de données ?

data-bots-store-justification =
    .mt1 = Justification du stockage de l’EUII ?

note-no-euii-access =
    .mt1 = Aucun EUII n’est accessible.

data-telemetry =
    .mt1 = Des informations d’identification organisationnelle (OII) ou des informations d’identification de l’utilisateur final (EUII) apparaissent-elles dans les journaux ou les données de télémétrie de cette application ? Si c’est le cas, décrivez quelles données sont stockées et quelles sont les stratégies de rétention et de suppression ?
    .mt2 = Les informations d’identification organisationnelle (OII) ou d’identification de l’utilisateur final (EUII) apparaissent-elles dans les journaux ou télémétrie de cette application ? Si oui, décrivez quelles données sont stockées et quelles sont les stratégies de rétention et de suppression ?

note-no-oii-euii-telemetry =
    .mt1 = Aucun OII ou EUII n’apparaît dans la télémétrie ou les journaux des applications.
    .mt2 = Aucune OII ou EUII n’apparaît dans les journaux ou les données de télémétrie des applications.

heading-organizational-controls =
    .mt1 = Contrôles organisationnels pour les données stockées par le partenaire
    .mt2 = Contrôles organisationnels pour les données stockées par partenaire

data-organizational-controls =
    .mt1 = Décrire comment les administrateurs de l’organisation peuvent contrôler leurs informations dans les systèmes partenaires ? Par exemple, suppression, rétention, audit, archivage, stratégie de l’utilisateur final, etc.
    .mt2 = Décrire comment les administrateurs de l’organisation peuvent contrôler leurs informations dans les systèmes partenaires ? par exemple, la suppression, la rétention, l’audit, l’archivage, la stratégie de l’utilisateur final, etc.

heading-human-review =
    .mt1 = Examen humain des informations organisationnelles

data-human-review =
    .mt1 = Les humains sont-ils impliqués dans la révision ou l’analyse de données d’informations d’identification organisationnelle (OII) collectées ou stockées par cette application ?
    .mt2 = Les humains sont-ils impliqués dans l’examen ou l’analyse des données d’information d’identification organisationnelle (OII) collectées ou stockées par cette application ?
