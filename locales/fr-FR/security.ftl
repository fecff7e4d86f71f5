### "Security" tab (zone pivot "security"), in page order.
### French (France). Typography: non-breaking space (U+00A0) before ? : ; !

# First sentence of the "security" tab. The Markdown link is part of the message: keep the link target unchanged and do not translate the product name "Microsoft Cloud App Security".
intro-security = Les informations du catalogue [Microsoft Cloud App Security](https://www.microsoft.com/enterprise-mobility-security/cloud-app-security) figurent ci-dessous.

security-annual-pentest = Effectuez-vous chaque année des tests d’intrusion sur l’application ?

security-disaster-recovery = L’application dispose-t-elle d’un plan de reprise d’activité documenté, comprenant une stratégie de sauvegarde et de restauration ?

# The answer is a list of enum-antimalware-* values.
security-antimalware = Votre environnement utilise-t-il une protection traditionnelle contre les programmes malveillants ou le contrôle des applications ?

# The published English source read "indentifying"; machine translation rendered it as "indenting" ("mise en retrait", "Einrücken"). The meaning is "identifying".
security-vulnerability-risk-ranking = Disposez-vous d’un processus établi pour identifier les vulnérabilités de sécurité et les classer par niveau de risque ?

security-patching-sla-policy = Disposez-vous d’une politique qui encadre votre contrat de niveau de service (SLA) pour l’application des correctifs ?

security-patching-sla-compliance = Effectuez-vous la gestion des correctifs conformément aux SLA définis dans votre politique d’application des correctifs ?

security-unsupported-software = Votre environnement comporte-t-il des systèmes d’exploitation ou des logiciels non pris en charge ?

# The published English source read "infastructure" (typo copied by machine translation); the canonical text is spelled correctly.
security-quarterly-vulnerability-scan = Effectuez-vous chaque trimestre une analyse des vulnérabilités de votre application et de l’infrastructure qui la prend en charge ?

security-firewall = Un pare-feu est-il installé à la périphérie de votre réseau externe ?

security-change-management = Disposez-vous d’un processus établi de gestion des modifications pour examiner et approuver les demandes de modification avant leur déploiement en production ?

security-code-review = Une personne autre que le développeur d’origine examine-t-elle et approuve-t-elle toutes les demandes de modification de code destinées à la production ?

security-secure-coding = Vos pratiques de codage sécurisé tiennent-elles compte des classes de vulnérabilités courantes, telles que celles du Top 10 de l’OWASP ?

# Row label ending with a colon; the answer is a list of enum-mfa-* values.
security-mfa = Authentification multifacteur (MFA) activée pour :

security-account-management = Disposez-vous d’un processus établi pour la création, la modification et la suppression des comptes des employés ?

security-idps = Disposez-vous d’un logiciel de détection et de prévention des intrusions (IDPS) déployé à la périphérie du réseau qui prend en charge votre application ?

security-event-logging = La journalisation des événements est-elle configurée sur tous les composants système qui prennent en charge votre application ?

security-log-review = Tous les journaux sont-ils examinés régulièrement, par des personnes ou par des outils automatisés, afin de détecter d’éventuels événements de sécurité ?

security-alerting = Lorsqu’un événement de sécurité est détecté, des alertes sont-elles automatiquement envoyées à un employé pour qu’il les trie ?

security-risk-management = Avez-vous mis en place un processus formel de gestion des risques liés à la sécurité des informations ?

security-incident-response = Disposez-vous d’un processus formel, documenté et établi de réponse aux incidents de sécurité ?

security-breach-reporting = Signalez-vous les violations de données de l’application ou du service aux autorités de contrôle et aux personnes concernées dans les 72 heures suivant leur détection ?
