### Published machine-translation wordings of the messages of security.ftl (de-DE).
### Recognized when reading published pages, never written. Attribute names (.mt1, .mt2, ...) are stable.

intro-security =
    .mt1 = Informationen aus dem [Microsoft Cloud App Security](https://www.microsoft.com/enterprise-mobility-security/cloud-app-security) Katalog werden unten angezeigt.
    .mt2 = Informationen aus dem [Microsoft Cloud App Security-Katalog](https://www.microsoft.com/enterprise-mobility-security/cloud-app-security) werden unten angezeigt.

security-antimalware =
    .mt1 = Verwendet Ihre Umgebung herkömmlichen Schutz vor Schadsoftware oder Anwendungssteuerelemente?
    .mt2 = Verwendet Ihre Umgebung herkömmliche Anti-Malware-Schutz- oder Anwendungssteuerelemente?

security-vulnerability-risk-ranking =
    .mt1 = Haben Sie einen etablierten Prozess zum Einrücken und Zurverfolgen von Sicherheitsrisiken?
    .mt2 = Verfügen Sie über einen etablierten Prozess für die Einrückung und Risikobewertung von Sicherheitsrisiken?
    .mt3 = Haben Sie einen etablierten Prozess zum Einrücken und Risk Ranking von Sicherheitsrisiken?

security-patching-sla-policy =
    .mt1 = Verfügen Sie über eine Richtlinie, die Ihre Service Level Agreement (SLA) für die Anwendung von Patches regelt?
    .mt2 = Verfügen Sie über eine Richtlinie, die Ihren Service Level Agreement (SLA) für das Anwenden von Patches regelt?
    .mt3 = Haben Sie eine Richtlinie, die Ihren Service Level Agreement (SLA) für die Anwendung von Patches regelt?

security-patching-sla-compliance =
    .mt1 = Führen Sie Patchverwaltungsaktivitäten gemäß Ihren Patchingrichtlinien-SLAs durch?
    .mt2 = Führen Sie Patchverwaltungsaktivitäten gemäß Ihren Patchrichtlinien-SLAs aus?

security-unsupported-software =
    .mt1 = Verfügt Ihre Umgebung über nicht unterstützte Betriebssysteme oder Software?

security-quarterly-vulnerability-scan =
    .mt1 = Führen Sie vierteljährliche Überprüfungen von Sicherheitsrisiken in Ihrer App und deren Unterstützung durch?
    .mt2 = Führen Sie vierteljährliche Sicherheitsrisikoüberprüfungen für Ihre App und die Struktur durch, die sie unterstützt?

security-firewall =
    .mt1 = Haben Sie eine Firewall an Der Grenze des externen Netzwerks installiert?
    .mt2 = Haben Sie eine Firewall an Der Grenze für das externe Netzwerk installiert?

security-change-management =
    .mt1 = Verfügen Sie über einen etablierten Änderungsverwaltungsprozess, der verwendet wird, um Änderungsanforderungen zu überprüfen und zu genehmigen, bevor sie in der Produktion bereitgestellt werden?
    .mt2 = Haben Sie einen eingerichteten Change Management-Prozess verwendet, um Änderungsanforderungen zu überprüfen und zu genehmigen, bevor sie in der Produktion bereitgestellt werden?
    .mt3 = Haben Sie einen etablierten Änderungsverwaltungsprozess, der zum Überprüfen und Genehmigen von Änderungsanforderungen verwendet wird, bevor sie in der Produktion bereitgestellt werden?

security-code-review =
    .mt1 = Überprüft und genehmigt eine zusätzliche Person alle Codeänderungsanforderungen, die vom ursprünglichen Entwickler an die Produktion gesendet werden?
    .mt2 = Überprüft und genehmigt eine zusätzliche Person alle Codeänderungsanforderungen, die vom ursprünglichen Entwickler an die Produktion übermittelt wurden?
    .mt3 = Ist eine zusätzliche Person, die alle Codeänderungsanforderungen überprüft und genehmigt, die vom ursprünglichen Entwickler an die Produktion übermittelt wurden?

security-secure-coding =
    .mt1 = Berücksichtigen sichere Codierungspraktiken allgemeine Sicherheitsrisikenklassen wie OWASP Top 10?
    .mt2 = Berücksichtigen sichere Codierungspraktiken allgemeine Sicherheitsrisikoklassen wie OWASP Top 10?

security-account-management =
    .mt1 = Haben Sie einen etablierten Prozess für die Bereitstellung, Änderung und Löschung von Mitarbeiterkonten?

security-idps =
    .mt1 = Verfügen Sie über IdPS-Software (Intrusion Detection and Prevention), die am Rand der Netzwerkgrenze bereitgestellt wird, die Ihre App unterstützt?
    .mt2 = Haben Sie Software zur Erkennung und Verhinderung von Eindringversuchen (Intrusion Detection and Prevention, IDPS) am Umkreis der Netzwerkgrenze bereitgestellt, die Ihre App unterstützt?
    .mt3 = Haben Sie IdPS-Software (Intrusion Detection and Prevention) am Rand der Netzwerkgrenze bereitgestellt, die Ihre App unterstützt?

security-log-review =
    .mt1 = Werden alle Protokolle regelmäßig von menschlichen oder automatisierten Tools überprüft, um potenzielle Sicherheitsereignisse zu erkennen?

security-alerting =
    .mt1 = Wenn ein Sicherheitsereignis erkannt wird, werden Benachrichtigungen automatisch zur Triage an einen Mitarbeiter gesendet?
    .mt2 = Wenn ein Sicherheitsereignis erkannt wird, werden Warnungen automatisch zur Triage an einen Mitarbeiter gesendet?

security-risk-management =
    .mt1 = Haben Sie einen formalen Risikomanagementprozess für die Informationssicherheit eingerichtet?
    .mt2 = Haben Sie einen formalen Informationssicherheits-Risikomanagementprozess eingerichtet?

security-incident-response =
    .mt1 = Haben Sie einen formalen Prozess zur Reaktion auf Sicherheitsvorfälle dokumentiert und eingerichtet?

security-breach-reporting =
    .mt1 = Melden Sie Verletzungen von App- oder Dienstdaten innerhalb von 72 Stunden nach Erkennung an Aufsichtsbehörden und personen, die von der Verletzung betroffen sind?
    .mt2 = Melden Sie App- oder Dienstdatenverstöße innerhalb von 72 Stunden nach der Erkennung an Aufsichtsbehörden und Einzelpersonen, die von der Verletzung betroffen sind?
