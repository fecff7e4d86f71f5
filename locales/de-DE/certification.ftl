### "Certification" tab (zone pivot "certification", Microsoft 365 Certified apps only): control table in page order.
### German (Germany). Formal address (Sie).

# H3 heading of the "certification" tab (Microsoft 365 Certified apps only).
heading-certification-information = Zertifizierungsinformationen

# Header of the first column of the certification table.
certification-control = Kontrolle

# Header of the second column; the cells below are enum-certification-* values or N/A.
certification-result = Ergebnis der Microsoft 365-Zertifizierung

# Group row (upper case, bold, linked to the certification guide; link and ** are page structure).
certification-application-security = ANWENDUNGSSICHERHEIT

# Control rows are indented with &nbsp; on the page; the indentation is page structure.
certification-penetration-testing = Penetrationstests

certification-vulnerability-assessment = Überprüfung der Schwachstellenbewertung (DAST/SAST/Penetrationstest)

# Group row.
certification-operational-security = BETRIEBSSICHERHEIT

certification-malware-antivirus = Schutz vor Schadsoftware – Virenschutz

certification-malware-application-control = Schutz vor Schadsoftware – Anwendungssteuerung

certification-patch-risk-ranking = Patchverwaltung – Risikoeinstufung

certification-patching = Patchverwaltung – Einspielen von Patches

certification-vulnerability-scanning = Schwachstellenscans

certification-firewalls = Firewall – Firewalls (oder gleichwertige Technologien)

certification-web-application-firewalls = Firewall – Web Application Firewalls (WAFs) (optional)

certification-change-control = Änderungssteuerung

certification-secure-development = Sichere Softwareentwicklung/-bereitstellung

certification-account-management = Kontoverwaltung

certification-intrusion-detection = Erkennung und Verhinderung von Eindringversuchen (optional)

certification-event-logging = Protokollierung von Sicherheitsereignissen

certification-log-review = Überprüfung (Protokollierungsdaten)

certification-event-alerting = Warnungen zu Sicherheitsereignissen

certification-risk-management = Risikomanagement für die Informationssicherheit

certification-incident-response = Reaktion auf Vorfälle

# Group row. Published pages write the ampersand as &amp;.
certification-data-handling = SICHERHEIT UND DATENSCHUTZ BEI DER DATENVERARBEITUNG

certification-data-in-transit = Daten während der Übertragung

certification-data-at-rest = Ruhende Daten

certification-data-retention = Aufbewahrung und Löschung von Daten

certification-data-access-management = Verwaltung des Datenzugriffs

certification-gdpr = DSGVO
