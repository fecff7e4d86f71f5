### Published machine-translation wordings of the messages of certification.ftl (de-DE).
### Recognized when reading published pages, never written. Attribute names (.mt1, .mt2, ...) are stable.

certification-result =
    .mt1 = Microsoft 365-Zertifizierungsergebnis
    .mt2 = Microsoft 365 Zertifizierungsergebnis

certification-vulnerability-assessment =
    .mt1 = Überprüfung der Sicherheitsrisikobewertung (DAST/SAST/Penetrationstest)

certification-patch-risk-ranking =
    .mt1 = Patch-Management – Risikorangfolge
    .mt2 = Patchverwaltung – Risikobewertung

certification-patching =
    .mt1 = Patchverwaltung – Patching

certification-vulnerability-scanning =
    .mt1 = Sicherheitsrisikoüberprüfung

certification-firewalls =
    .mt1 = Firewall – Firewalls (oder entsprechende Technologien)

certification-web-application-firewalls =
    .mt1 = Firewall – Webanwendungsfirewalls (WAFs) (Optional)

certification-change-control =
    .mt1 = Steuerelement ändern

certification-secure-development =
    .mt1 = Sichere Softwareentwicklung/Bereitstellung

certification-intrusion-detection =
    .mt1 = Erkennung und Verhinderung von Angriffen (optional)
    .mt2 = Angriffserkennung und -verhinderung (optional)

certification-log-review =
    .mt1 = Überprüfen (Protokollierungsdaten)
    .mt2 = Überprüfen (Protokollieren von Daten)

certification-risk-management =
    .mt1 = Informationssicherheits-Risikomanagement

certification-data-handling =
    .mt1 = DATENSCHUTZ IM UMGANG MIT DATEN &amp;
    .mt2 = DATENSCHUTZ BEI DER DATENVERARBEITUNG &amp;

certification-data-at-rest =
    .mt1 = Ruhen von Daten
    .mt2 = Ruhenden Daten

certification-data-retention =
    .mt1 = Datenaufbewahrung und -entsorgung

certification-data-access-management =
    .mt1 = Datenzugriffsverwaltung
