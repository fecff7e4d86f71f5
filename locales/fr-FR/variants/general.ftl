### Published machine-translation wordings of the messages of general.ftl (fr-FR).
### Recognized when reading published pages, never written. Attribute names (.mt1, .mt2, ...) are stable.

intro-general =
    .mt1 = Informations fournies par { $publisher } vers Microsoft :
    .mt2 = Informations fournies par les { $publisher } à Microsoft :
    .mt3 = Informations fournies par { $publisher } to Microsoft :
    .mt4 = Informations fournies par{ $publisher } à Microsoft :
    .mt5 = Informations fournies à Microsoft par { $publisher } à Microsoft :
    .mt6 = Informations fournies à Microsoft par { $publisher } :
    .mt7 = Informations fournies à Microsoft par { $publisher }

general-office-clients =
    .mt1 = Office 365 clients pris en charge

general-company-website =
    .mt1 = Site web de l’entreprise

general-hq-location =
    .mt1 = Emplacement du siège social de la société
    .mt2 = Emplacement du siège social de l’entreprise

general-hosting-model =
    .mt1 = Quel est l’environnement d’hébergement ou le modèle de service utilisé pour exécuter votre application ?

general-hosting-providers =
    .mt1 = Quels fournisseurs de cloud d’hébergement l’application utilise-t-elle ?

general-partner-website-url =
    .mt1 = URL du site web partenaire

general-teams-app-info-page-url =
    .mt1 = URL de Teams page d’informations sur l’application
