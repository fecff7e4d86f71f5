### Published machine-translation wordings of the messages of security.ftl (fr-FR).
### Recognized when reading published pages, never written. Attribute names (.mt1, .mt2, ...) are stable.

intro-security =
    .mt1 = Les informations du catalogue [Microsoft Cloud App Security](https://www.microsoft.com/enterprise-mobility-security/cloud-app-security) s’affichent ci-dessous.
    .mt2 = Les informations du catalogue [Microsoft Cloud App Security](https://www.microsoft.com/enterprise-mobility-security/cloud-app-security) de données apparaissent ci-dessous.
    .mt3 = Les informations du [catalogue Microsoft Cloud App Security](https://www.microsoft.com/enterprise-mobility-security/cloud-app-security) apparaissent ci-dessous.

security-annual-pentest =
    .mt1 = Effectuez-vous des tests d’intrusion annuels sur l’application ?
    .mt2 = Effectuez-vous des tests de pénétration annuels sur l’application ?
    .mt3 = **tabInformation** Effectuez-vous des tests d’intrusion annuels sur l’application ?

security-disaster-recovery =
    .mt1 = L’application dispose-t-elle d’un plan de récupération d’urgence documenté, y compris une stratégie de sauvegarde et de restauration ?
    .mt2 = L’application a-t-elle un plan de récupération d’urgence documenté, y compris une stratégie de sauvegarde et de restauration ?

security-antimalware =
    .mt1 = Votre environnement utilise-t-il une protection anti-programme malveillant traditionnelle ou des contrôles d’application ?
    .mt2 = Votre environnement utilise-t-il la protection anti-programme malveillant classique ou les contrôles d’application ?
    .mt3 = environnement utilise-t-il des contrôles d’application ou de protection anti-programme malveillant traditionnels ?

security-vulnerability-risk-ranking =
    .mt1 = Avez-vous mis en place un processus de mise en retrait et de classement des risques des vulnérabilités de sécurité ?
    .mt2 = Avez-vous un processus établi pour la mise en retrait et le classement des vulnérabilités de sécurité par risque ?
    .mt3 = Disposez-vous d’un processus établi pour mettre en retrait et classer les vulnérabilités de sécurité ?

security-patching-sla-policy =
    .mt1 = Avez-vous une stratégie qui régit votre contrat de niveau de service (SLA) pour l’application de correctifs ?
    .mt2 = Avez-vous une stratégie qui régit votre contrat de niveau de service (SLA) pour l’application des correctifs ?

security-patching-sla-compliance =
    .mt1 = Effectuez-vous des activités de gestion des correctifs en fonction de vos contrats SLA de stratégie de mise à jour corrective ?
    .mt2 = Effectuez-vous des activités de gestion des correctifs en fonction de vos SSA de stratégie de correction ?

security-unsupported-software =
    .mt1 = Votre environnement a-t-il des systèmes d’exploitation ou logiciels non pris en charge ?
    .mt2 = Votre environnement a-t-il des systèmes d’exploitation ou des logiciels non pris en charge ?

security-quarterly-vulnerability-scan =
    .mt1 = Effectuez-vous une analyse trimestrielle des vulnérabilités sur votre application et l’infastructure qui la prend en charge ?
    .mt2 = Effectuez-vous une analyse trimestrielle des vulnérabilités sur votre application et sur l’infastructure qui la prend en charge ?

security-firewall =
    .mt1 = Un pare-feu est-il installé sur votre limite de réseau externe ?
    .mt2 = Un pare-feu est-il installé sur la limite de votre réseau externe ?

security-change-management =
    .mt1 = Avez-vous un processus de gestion des modifications établi pour examiner et approuver les demandes de modification avant qu’elles ne soient déployées en production ?
    .mt2 = Avez-vous un processus de gestion des changements établi utilisé pour examiner et approuver les demandes de modification avant qu’elles ne soient déployées en production ?

security-code-review =
    .mt1 = Une personne supplémentaire examine-t-elle et approuve-t-elle toutes les demandes de modification de code soumises à la production par le développeur d’origine ?
    .mt2 = Une personne supplémentaire examine-t-elle et approuve-t-elle toutes les demandes de modification de code envoyées en production par le développeur d’origine ?
    .mt3 = Une personne supplémentaire examine-t-elle et approuve toutes les demandes de modification de code soumises à la production par le développeur d’origine ?

security-secure-coding =
    .mt1 = Les pratiques de codage sécurisées prennent-elles en compte les classes de vulnérabilité courantes telles que OWASP Top 10 ?
    .mt2 = Les pratiques de codage sécurisé prennent-ils en compte les classes de vulnérabilité courantes telles que les 10 premières classes OWASP ?
    .mt3 = Les pratiques de codage sécurisé prennent-elles en compte les classes de vulnérabilité courantes telles que OWASP Top 10 ?

security-account-management =
    .mt1 = Disposez-vous d’un processus établi pour l’approvisionnement, la modification et la suppression de comptes d’employés ?
    .mt2 = Avez-vous un processus établi pour la mise en service, la modification et la suppression de comptes d’employés ?
    .mt3 = Avez-vous un processus établi pour l’approvisionnement, la modification et la suppression de comptes d’employés ?

security-idps =
    .mt1 = Disposez-vous d’un logiciel de détection et de prévention des intrusions (IDPS) déployé au périmètre de la limite réseau qui prend en charge votre application ?
    .mt2 = Avez-vous un logiciel de détection et de prévention des intrusions (IDPS) déployé sur le périmètre de la limite du réseau qui permet de soutenir votre application ?
    .mt3 = Avez-vous déployé un logiciel de détection et de prévention des intrusions (IDPS) au périmètre de la limite réseau qui prend en charge votre application ?

security-event-logging =
    .mt1 = La journalisation des événements est-elle définie sur tous les composants système qui la prise en charge de votre application ?

security-log-review =
    .mt1 = Tous les journaux sont-ils examinés régulièrement par des outils humains ou automatisés pour détecter les événements de sécurité potentiels ?
    .mt2 = Tous les journaux sont-ils examinés à une cadence régulière par des outils humains ou automatisés pour détecter les événements de sécurité potentiels ?
    .mt3 = Tous les journaux d’activité sont-ils examinés régulièrement par des outils humains ou automatisés pour détecter les événements de sécurité potentiels ?

security-alerting =
    .mt1 = Lorsqu’un événement de sécurité est détecté, les alertes sont-ils automatiquement envoyées à un employé pour le triage ?
    .mt2 = Lorsqu’un événement de sécurité est détecté, des alertes sont-elles automatiquement envoyées à un employé pour tri ?

security-risk-management =
    .mt1 = Avez-vous établi un processus officiel de gestion des risques liés à la sécurité des informations ?
    .mt2 = Avez-vous établi un processus formel de gestion des risques de sécurité des informations ?

security-incident-response =
    .mt1 = Avez-vous un processus formel de réponse aux incidents de sécurité documenté et établi ?
    .mt2 = Un processus formel de réponse aux incidents de sécurité est-il documenté et établi ?

security-breach-reporting =
    .mt1 = Signalez-vous les violations de données d’application ou de service aux autorités de surveillance et aux personnes concernées par la violation dans les 72 heures suivant la détection ?
    .mt2 = Signalez-vous des violations de données d’application ou de service aux autorités de surveillance et aux personnes affectées par la violation dans les 72 heures qui s’s après la détection ?
