### Published machine-translation wordings of the messages of page.ftl (fr-FR).
### Recognized when reading published pages, never written. Attribute names (.mt1, .mt2, ...) are stable.

page-title =
    .mt1 = Informations d’application pour { $app } par { $publisher }
    .mt2 = Informations sur l’application pour { $app } par { $publisher }
    .mt3 = Informations d’application pour { $app } by { $publisher }
    .mt4 = Informations sur l’application pour { $app } by { $publisher }
    .mt5 = Informations sur les applications pour { $app } par { $publisher }
    .mt6 = Informations sur l’application { $app } par { $publisher }
    .mt7 = Informations d’application { $app } par { $publisher }
    .mt8 = Informations sur l’application pour { $app } de { $publisher }
    .mt9 = Informations d’application pour { $app } de { $publisher }
    .mt10 = Informations de demande pour { $app } par { $publisher }
    .mt11 = Informations de demande pour { $app } by { $publisher }
    .mt12 = Informations sur l’application for { $app } by { $publisher }
    .mt13 = Informations sur l’application for { $app } par { $publisher }
    .mt14 = Vue d’ensemble de { $app }
    .mt15 = Vue d’ensemble d’{ $app }
    .mt16 = Vue d’ensemble du { $app }
    .mt17 = Vue d’ensemble de la { $app }
    .mt18 = Vue d’ensemble de l’{ $app }
    .mt19 = Informations sur l’application { $app }
    .mt20 = Informations sur l’application pour { $app }
    .mt21 = Informations d’application pour { $app }
    .mt22 = Informations d’application { $app } de { $publisher }
    .mt23 = Excel informations d’application pour { $app } par { $publisher }
    .mt24 = OneNote informations d’application pour { $app } par { $publisher }
    .mt25 = OneNote informations sur l’application du { $app }
    .mt26 = { $app } pour les informations d’application Outlook
    .mt27 = Informations sur l’application du { $app }
    .mt28 = Informations sur la demande d’{ $app } par { $publisher }
    .mt29 = Liste de vérification des informations d’application pour { $app } par { $publisher }
    .mt30 = { $app } par { $publisher } - Informations sur l’application
    .mt31 = Assistant Informations sur l’application pour { $app } par { $publisher }

page-description =
    .mt1 = Toutes les informations de sécurité et de conformité disponibles pour { $app }, ses stratégies de gestion des données, ses informations de catalogue d’applications Microsoft Cloud App Security et les informations de sécurité/conformité dans le registre CSA STAR.
    .mt2 = Toutes les informations de sécurité et de conformité disponibles pour { $app }, ses stratégies de gestion des données, ses Microsoft Cloud App Security catalogue d’applications et les informations de sécurité/conformité dans le Registre CSA STAR.
    .mt3 = Toutes les informations de sécurité et de conformité disponibles pour { $app }, ses stratégies de gestion des données, ses informations de catalogue d’applications Microsoft Cloud App Security et ses informations de sécurité/conformité dans le registre CSA STAR.
    .mt4 = Toutes les informations de sécurité et de conformité disponibles pour { $app }, ses stratégies de gestion des données, ses informations de catalogue d’applications Microsoft Cloud App Security et informations de sécurité/conformité dans le Registre CSA STAR.
    .mt5 = Excel a été examinée par Microsoft par rapport aux normes et contrôles du secteur pour les pratiques de sécurité, de conformité et de gestion des données. Cette page affiche les informations de sécurité et de conformité disponibles pour { $app }, ses stratégies de gestion des données, ses informations de catalogue d’applications Microsoft Cloud App Security et les informations de sécurité/conformité dans le registre CSA STAR.
    .mt6 = OneNote a été examinée par Microsoft par rapport aux normes et contrôles du secteur pour les pratiques de sécurité, de conformité et de gestion des données. Toutes les informations de sécurité et de conformité disponibles pour { $app }, ses stratégies de gestion des données, ses informations de catalogue d’applications Microsoft Cloud App Security et les informations de sécurité/conformité dans le registre CSA STAR.
    .mt7 = OneNote a été examinée par Microsoft par rapport aux normes et contrôles du secteur pour les pratiques de sécurité, de conformité et de gestion des données.
    .mt8 = Toutes les informations de sécurité et de conformité disponibles { $app }, ses stratégies de gestion des données, ses informations de catalogue d’applications Microsoft Cloud App Security et les informations de sécurité/conformité dans le registre CSA STAR.
    .mt9 = Les informations de cette page sont basées sur un rapport d’auto-évaluation fourni par le développeur de l’application sur les pratiques de sécurité, de conformité et de gestion des données suivies par cette application.
    .mt10 = Passez en revue toutes les informations de sécurité et de conformité disponibles pour { $app }, ses stratégies de gestion des données, ses informations de catalogue d’applications Microsoft Cloud App Security et les informations de sécurité/conformité dans le registre CSA STAR.
    .mt11 = Toutes les informations de sécurité et de conformité disponibles pour { $app }, stratégies de gestion des données, informations de catalogue d’applications Microsoft Cloud App Security et informations de sécurité/conformité dans le Registre CSA STAR.

page-view-in-teams-store =
    .mt1 = Afficher dans Teams magasin
    .mt2 = Afficher dans le magasin Teams
    .mt3 = Afficher dans Teams store

page-include-text =
    .mt1 = Questions ou mises à jour de l’une des informations que vous voyez ici ? <a href="https://aka.ms/AppComplianceQuestions" target="_blank">Contactez-nous!</a>

page-pivot-prompt =
    .mt1 = Choisissez la catégorie d’informations que vous souhaitez voir pour cette application :
