### "Security" tab (zone pivot "security"), in page order.
### Reference locale (en-US).

# First sentence of the "security" tab. The Markdown link is part of the message: keep the link target unchanged and do not translate the product name "Microsoft Cloud App Security".
intro-security = Information from the [Microsoft Cloud App Security](https://www.microsoft.com/enterprise-mobility-security/cloud-app-security) catalog appears below.

security-annual-pentest = Do you perform annual penetration testing on the app?

security-disaster-recovery = Does the app have a documented disaster recovery plan, including a backup and restore strategy?

# The answer is a list of enum-antimalware-* values.
security-antimalware = Does your environment use traditional anti-malware protection or application controls?

# The published English source read "indentifying"; machine translation rendered it as "indenting" ("mise en retrait", "Einrücken"). The meaning is "identifying".
security-vulnerability-risk-ranking = Do you have an established process for identifying and risk-ranking security vulnerabilities?

security-patching-sla-policy = Do you have a policy that governs your service level agreement (SLA) for applying patches?

security-patching-sla-compliance = Do you carry out patch management activities according to your patching policy SLAs?

security-unsupported-software = Does your environment have any unsupported operating systems or software?

# The published English source read "infastructure" (typo copied by machine translation); the canonical text is spelled correctly.
security-quarterly-vulnerability-scan = Do you conduct quarterly vulnerability scanning on your app and the infrastructure supporting it?

security-firewall = Do you have a firewall installed on your external network boundary?

security-change-management = Do you have an established change management process used to review and approve change requests before they are deployed to production?

security-code-review = Does an additional person review and approve all code change requests submitted to production by the original developer?

security-secure-coding = Do secure coding practices account for common vulnerability classes such as OWASP Top 10?

# Row label ending with a colon; the answer is a list of enum-mfa-* values.
security-mfa = Multi-factor authentication (MFA) enabled for:

security-account-management = Do you have an established process for provisioning, modifying, and deleting employee accounts?

security-idps = Do you have intrusion detection and prevention (IDPS) software deployed at the perimeter of the network boundary supporting your app?

security-event-logging = Do you have event logging set up on all system components supporting your app?

security-log-review = Are all logs reviewed on a regular cadence by human or automated tooling to detect potential security events?

security-alerting = When a security event is detected, are alerts automatically sent to an employee for triage?

security-risk-management = Do you have a formal information security risk management process established?

security-incident-response = Do you have a formal security incident response process documented and established?

security-breach-reporting = Do you report app or service data breaches to supervisory authorities and individuals affected by the breach within 72 hours of detection?
