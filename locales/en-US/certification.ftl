### "Certification" tab (zone pivot "certification", Microsoft 365 Certified apps only): control table in page order.
### Reference locale (en-US).

# H3 heading of the "certification" tab (Microsoft 365 Certified apps only).
heading-certification-information = Certification information

# Header of the first column of the certification table.
certification-control = Control

# Header of the second column; the cells below are enum-certification-* values or N/A.
certification-result = Microsoft 365 certification result

# Group row (upper case, bold, linked to the certification guide; link and ** are page structure).
certification-application-security = APPLICATION SECURITY

# Control rows are indented with &nbsp; on the page; the indentation is page structure.
certification-penetration-testing = Penetration Testing

certification-vulnerability-assessment = Vulnerability Assessment Review (DAST/SAST/Penetration Test)

# Group row.
certification-operational-security = OPERATIONAL SECURITY

certification-malware-antivirus = Malware Protection - Antivirus

certification-malware-application-control = Malware Protection - Application Control

certification-patch-risk-ranking = Patch Management - Risk Ranking

certification-patching = Patch Management - Patching

certification-vulnerability-scanning = Vulnerability Scanning

certification-firewalls = Firewall - Firewalls (or equivalent technologies)

certification-web-application-firewalls = Firewall - Web Application Firewalls (WAFs) (Optional)

certification-change-control = Change Control

certification-secure-development = Secure Software Development/Deployment

certification-account-management = Account Management

certification-intrusion-detection = Intrusion Detection and Prevention (Optional)

certification-event-logging = Security Event Logging

certification-log-review = Reviewing (Logging Data)

certification-event-alerting = Security Event Alerting

certification-risk-management = Information Security Risk Management

certification-incident-response = Incident Response

# Group row. Published pages write the ampersand as &amp;.
certification-data-handling = DATA HANDLING SECURITY & PRIVACY

certification-data-in-transit = Data in Transit

certification-data-at-rest = Data at Rest

certification-data-retention = Data Retention and Disposal

certification-data-access-management = Data Access Management

certification-gdpr = GDPR
