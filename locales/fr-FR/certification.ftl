### "Certification" tab (zone pivot "certification", Microsoft 365 Certified apps only): control table in page order.
### French (France). Typography: non-breaking space (U+00A0) before ? : ; !

# H3 heading of the "certification" tab (Microsoft 365 Certified apps only).
heading-certification-information = Informations sur la certification

# Header of the first column of the certification table.
certification-control = Contrôle

# Header of the second column; the cells below are enum-certification-* values or N/A.
certification-result = Résultat de la certification Microsoft 365

# Group row (upper case, bold, linked to the certification guide; link and ** are page structure).
certification-application-security = SÉCURITÉ DES APPLICATIONS

# Control rows are indented with &nbsp; on the page; the indentation is page structure.
certification-penetration-testing = Tests d’intrusion

certification-vulnerability-assessment = Revue de l’évaluation des vulnérabilités (DAST/SAST/test d’intrusion)

# Group row.
certification-operational-security = SÉCURITÉ OPÉRATIONNELLE

certification-malware-antivirus = Protection contre les programmes malveillants – Antivirus

certification-malware-application-control = Protection contre les programmes malveillants – Contrôle des applications

certification-patch-risk-ranking = Gestion des correctifs – Classement des risques

certification-patching = Gestion des correctifs – Application des correctifs

certification-vulnerability-scanning = Analyse des vulnérabilités

certification-firewalls = Pare-feu – Pare-feu (ou technologies équivalentes)

certification-web-application-firewalls = Pare-feu – Pare-feu d’applications web (WAF) (facultatif)

certification-change-control = Contrôle des modifications

certification-secure-development = Développement et déploiement sécurisés des logiciels

certification-account-management = Gestion des comptes

certification-intrusion-detection = Détection et prévention des intrusions (facultatif)

certification-event-logging = Journalisation des événements de sécurité

certification-log-review = Examen (données de journalisation)

certification-event-alerting = Alertes sur les événements de sécurité

certification-risk-management = Gestion des risques liés à la sécurité des informations

certification-incident-response = Réponse aux incidents

# Group row. Published pages write the ampersand as &amp;.
certification-data-handling = SÉCURITÉ ET CONFIDENTIALITÉ DU TRAITEMENT DES DONNÉES

certification-data-in-transit = Données en transit

certification-data-at-rest = Données au repos

certification-data-retention = Conservation et suppression des données

certification-data-access-management = Gestion de l’accès aux données

certification-gdpr = RGPD
