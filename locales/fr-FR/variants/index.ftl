### Published machine-translation wordings of the messages of index.ftl (fr-FR).
### Recognized when reading published pages, never written. Attribute names (.mt1, .mt2, ...) are stable.

index-azure-title =
    .mt1 = sécurité et conformité des ID Azure App - Toutes les applications

index-azure-description =
    .mt1 = Toutes les informations de sécurité et de conformité disponibles pour tous les ID Azure App.

index-azure-h1 =
    .mt1 = sécurité et conformité des ID Azure App

index-azure-intro =
    .mt1 = Microsoft collabore avec nos partenaires développeurs Microsoft 365 pour fournir les informations dont les organisations ont besoin pour accélérer et informer les décisions relatives aux ID et compléments Azure App qu’elles utilisent. Ces informations sur la conformité, le traitement des données et la sécurité est destinée à aider les organisations à évaluer et gérer les risques dans l’utilisation de ces applications.

index-excel-intro =
    .mt1 = Microsoft collabore avec nos partenaires développeurs Microsoft 365 pour fournir les informations dont les organisations ont besoin pour accélérer et informer les décisions relatives aux applications et compléments Microsoft Excel qu’elles utilisent. Ces informations sur la conformité, le traitement des données et la sécurité est destinée à aider les organisations à évaluer et gérer les risques dans l’utilisation de ces applications.

index-onenote-title =
    .mt1 = Microsoft OneNote sécurité et conformité des applications : toutes les applications

index-onenote-description =
    .mt1 = Toutes les informations de sécurité et de conformité disponibles pour toutes les Microsoft OneNote applications.

index-onenote-h1 =
    .mt1 = Microsoft OneNote sécurité et conformité des applications

index-onenote-intro =
    .mt1 = Microsoft collabore avec nos partenaires Microsoft 365 développeur pour fournir les informations dont les organisations ont besoin pour accélérer et informer les décisions concernant Microsoft OneNote applications et les applications qu’elles utilisent. Ces informations sur la conformité, le traitement des données et la sécurité est destinée à aider les organisations à évaluer et gérer les risques dans l’utilisation de ces applications.

index-outlook-intro =
    .mt1 = Microsoft collabore avec nos partenaires développeurs Microsoft 365 pour fournir les informations dont les organisations ont besoin pour accélérer et informer les décisions relatives aux applications et compléments Microsoft Outlook qu’elles utilisent. Ces informations sur la conformité, le traitement des données et la sécurité est destinée à aider les organisations à évaluer et gérer les risques dans l’utilisation de ces applications.

index-powerpoint-title =
    .mt1 = Sécurité et conformité de Microsoft PowerPoint Apps - Toutes les applications

index-powerpoint-h1 =
    .mt1 = Sécurité et conformité de Microsoft PowerPoint Apps

index-powerpoint-intro =
    .mt1 = Microsoft collabore avec nos partenaires développeurs Microsoft 365 pour fournir les informations dont les organisations ont besoin pour accélérer et informer les décisions relatives aux applications et compléments Microsoft PowerPoint qu’elles utilisent. Ces informations sur la conformité, le traitement des données et la sécurité est destinée à aider les organisations à évaluer et gérer les risques dans l’utilisation de ces applications.

index-project-title =
    .mt1 = Sécurité et conformité de Microsoft Project Apps - Toutes les applications

index-project-h1 =
    .mt1 = Sécurité et conformité de Microsoft Project Apps

index-project-intro =
    .mt1 = Microsoft collabore avec nos partenaires développeurs Microsoft 365 pour fournir les informations dont les organisations ont besoin pour accélérer et informer les décisions relatives à Microsoft Project Apps et aux compléments qu’elles utilisent. Ces informations sur la conformité, le traitement des données et la sécurité est destinée à aider les organisations à évaluer et gérer les risques dans l’utilisation de ces applications.

index-saas-intro =
    .mt1 = Microsoft collabore avec nos partenaires développeurs Microsoft 365 pour fournir les informations dont les organisations ont besoin pour accélérer et informer les décisions concernant les applications SaaS et les compléments qu’elles utilisent. Ces informations sur la conformité, le traitement des données et la sécurité est destinée à aider les organisations à évaluer et gérer les risques dans l’utilisation de ces applications.

index-sharepoint-title =
    .mt1 = Sécurité et conformité de Microsoft SharePoint Apps - Toutes les applications

index-sharepoint-h1 =
    .mt1 = Sécurité et conformité de Microsoft SharePoint Apps

index-sharepoint-intro =
    .mt1 = Microsoft collabore avec nos partenaires développeurs Microsoft 365 pour fournir les informations dont les organisations ont besoin pour accélérer et informer les décisions concernant Microsoft SharePoint Apps et les compléments qu’elles utilisent. Ces informations sur la conformité, le traitement des données et la sécurité est destinée à aider les organisations à évaluer et gérer les risques dans l’utilisation de ces applications.

index-teams-intro =
    .mt1 = Microsoft collabore avec nos partenaires de développement Microsoft 365 pour fournir les informations dont les organisations ont besoin pour accélérer et informer les décisions relatives aux applications et compléments Microsoft Teams qu’elles utilisent. Ces informations sur la conformité, le traitement des données et la sécurité est destinée à aider les organisations à évaluer et gérer les risques dans l’utilisation de ces applications.

index-web-title =
    .mt1 = Sécurité et conformité des applications web : toutes les applications

index-web-intro =
    .mt1 = Microsoft collabore avec nos partenaires Microsoft 365 pour fournir les informations dont les organisations ont besoin pour accélérer et informer les décisions concernant les applications Web et les applications qu’elles utilisent. Les informations sont complétées des informations du catalogue d’applications [Microsoft Cloud App Security](https://www.microsoft.com/en-us/enterprise-mobility-security/cloud-app-security) et des informations fournies par les développeurs lors de la soumission de leurs applications. Ces informations sur la conformité, le traitement des données et la sécurité est destinée à aider les organisations à évaluer et gérer les risques dans l’utilisation de ces applications.

index-word-title =
    .mt1 = Sécurité et conformité de Microsoft Word Apps - Toutes les applications

index-word-h1 =
    .mt1 = Sécurité et conformité de Microsoft Word Apps

index-word-intro =
    .mt1 = Microsoft collabore avec nos partenaires développeurs Microsoft 365 pour fournir les informations dont les organisations ont besoin pour accélérer et informer les décisions concernant Microsoft Word Apps et les compléments qu’elles utilisent. Ces informations sur la conformité, le traitement des données et la sécurité est destinée à aider les organisations à évaluer et gérer les risques dans l’utilisation de ces applications.

index-azure-app-id =
    .mt1 = ID Azure App

index-attested =
    .mt1 = Éditeur attesté
