### "Security" tab (zone pivot "security"), in page order.
### German (Germany). Formal address (Sie).

# First sentence of the "security" tab. The Markdown link is part of the message: keep the link target unchanged and do not translate the product name "Microsoft Cloud App Security".
intro-security = Nachfolgend finden Sie die Informationen aus dem Katalog von [Microsoft Cloud App Security](https://www.microsoft.com/enterprise-mobility-security/cloud-app-security).

security-annual-pentest = Führen Sie jährliche Penetrationstests für die App durch?

security-disaster-recovery = Verfügt die App über einen dokumentierten Notfallwiederherstellungsplan, einschließlich einer Sicherungs- und Wiederherstellungsstrategie?

# The answer is a list of enum-antimalware-* values.
security-antimalware = Verwendet Ihre Umgebung herkömmlichen Schutz vor Schadsoftware oder Anwendungssteuerung?

# The published English source read "indentifying"; machine translation rendered it as "indenting" ("mise en retrait", "Einrücken"). The meaning is "identifying".
security-vulnerability-risk-ranking = Verfügen Sie über einen etablierten Prozess, um Sicherheitsschwachstellen zu identifizieren und nach Risiko einzustufen?

security-patching-sla-policy = Verfügen Sie über eine Richtlinie, die Ihr Service Level Agreement (SLA) für das Einspielen von Patches regelt?

security-patching-sla-compliance = Führen Sie die Patchverwaltung gemäß den SLAs Ihrer Patchrichtlinie durch?

security-unsupported-software = Gibt es in Ihrer Umgebung nicht unterstützte Betriebssysteme oder Software?

# The published English source read "infastructure" (typo copied by machine translation); the canonical text is spelled correctly.
security-quarterly-vulnerability-scan = Führen Sie vierteljährlich Schwachstellenscans für Ihre App und die zugrunde liegende Infrastruktur durch?

security-firewall = Ist an der Grenze Ihres externen Netzwerks eine Firewall installiert?

security-change-management = Verfügen Sie über einen etablierten Änderungsverwaltungsprozess, mit dem Änderungsanforderungen geprüft und genehmigt werden, bevor sie in der Produktion bereitgestellt werden?

security-code-review = Werden alle vom ursprünglichen Entwickler für die Produktion eingereichten Codeänderungsanforderungen von einer weiteren Person geprüft und genehmigt?

security-secure-coding = Berücksichtigen Ihre Praktiken für sicheres Programmieren gängige Schwachstellenklassen wie die OWASP Top 10?

# Row label ending with a colon; the answer is a list of enum-mfa-* values.
security-mfa = Mehrstufige Authentifizierung (MFA) aktiviert für:

security-account-management = Verfügen Sie über einen etablierten Prozess für die Bereitstellung, Änderung und Löschung von Mitarbeiterkonten?

security-idps = Haben Sie an der Grenze des Netzwerks, das Ihre App unterstützt, eine Software zur Erkennung und Verhinderung von Eindringversuchen (IDPS) bereitgestellt?

security-event-logging = Haben Sie die Ereignisprotokollierung für alle Systemkomponenten eingerichtet, die Ihre App unterstützen?

security-log-review = Werden alle Protokolle regelmäßig von Personen oder automatisierten Tools überprüft, um potenzielle Sicherheitsereignisse zu erkennen?

security-alerting = Werden bei Erkennung eines Sicherheitsereignisses automatisch Warnungen zur Triage an einen Mitarbeiter gesendet?

security-risk-management = Haben Sie einen formalen Prozess für das Risikomanagement der Informationssicherheit eingerichtet?

security-incident-response = Verfügen Sie über einen formalen, dokumentierten und etablierten Prozess zur Reaktion auf Sicherheitsvorfälle?

security-breach-reporting = Melden Sie Verletzungen des Schutzes von App- oder Dienstdaten innerhalb von 72 Stunden nach der Erkennung an die Aufsichtsbehörden und die betroffenen Personen?
