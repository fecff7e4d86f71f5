### Published machine-translation wordings of the messages of certification.ftl (fr-FR).
### Recognized when reading published pages, never written. Attribute names (.mt1, .mt2, ...) are stable.

heading-certification-information =
    .mt1 = Informations de certification

certification-result =
    .mt1 = Microsoft 365 résultat de la certification

certification-penetration-testing =
    .mt1 = Test de pénétration

certification-vulnerability-assessment =
    .mt1 = Évaluation des vulnérabilités (DAST/SAST/Test d’intrusion)
    .mt2 = Examen de l’évaluation des vulnérabilités (test DAST/SAST/Pénétration)

certification-malware-antivirus =
    .mt1 = Protection contre les programmes malveillants - Antivirus

certification-malware-application-control =
    .mt1 = Protection contre les programmes malveillants - Contrôle d’application
    .mt2 = Protection contre les programmes malveillants : contrôle des applications

certification-patch-risk-ranking =
    .mt1 = Gestion des correctifs - Classement des risques
    .mt2 = Gestion des correctifs : classement des risques

certification-patching =
    .mt1 = Gestion des correctifs - Mise à jour corrective
    .mt2 = Gestion des correctifs : correction

certification-firewalls =
    .mt1 = Pare-feu - Pare-feu (ou technologies équivalentes)
    .mt2 = Pare-feu : pare-feu (ou technologies équivalentes)

certification-web-application-firewalls =
    .mt1 = Pare-feu - Pare-feu d’applications web (WAF) (facultatif)
    .mt2 = Pare-feu : pare-feu d’application web (WAF) (facultatif)

certification-change-control =
    .mt1 = Modifier le contrôle
    .mt2 = Contrôle des changements

certification-secure-development =
    .mt1 = Développement/déploiement de logiciels sécurisés
    .mt2 = Sécurisation du développement/déploiement de logiciels

certification-log-review =
    .mt1 = Révision (données de journalisation)

certification-event-alerting =
    .mt1 = Alertes d’événements de sécurité

certification-risk-management =
    .mt1 = Gestion des risques de sécurité des informations

certification-data-handling =
    .mt1 = CONFIDENTIALITÉ DE LA SÉCURITÉ DE GESTION &amp; DES DONNÉES
    .mt2 = GESTION DES DONNÉES RELATIVES À LA CONFIDENTIALITÉ DE LA &amp; SÉCURITÉ

certification-data-retention =
    .mt1 = Conservation et élimination des données
    .mt2 = Rétention et élimination des données

certification-gdpr =
    .mt1 = R GDPR
