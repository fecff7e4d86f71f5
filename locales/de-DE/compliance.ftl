### "Compliance" tab (zone pivot "compliance"), in page order.
### German (Germany). Formal address (Sie).

# Names of laws, standards and programs stay in English; the published source read "Accounting Act", the law is the "Accountability Act".
compliance-hipaa = Entspricht die App dem Health Insurance Portability and Accountability Act (HIPAA)?

compliance-hitrust = Entspricht die App dem Common Security Framework der Health Information Trust Alliance (HITRUST CSF)?

compliance-soc1 = Entspricht die App den Service Organization Controls (SOC 1)?

# Row label; the answer is a date.
compliance-soc1-date = Datum der letzten SOC-1-Zertifizierung

compliance-soc2 = Entspricht die App den Service Organization Controls (SOC 2)?

# The answer is an enum-soc2-* value (Type 1 or Type 2).
compliance-soc2-type = Welche SOC-2-Zertifizierung haben Sie erhalten?

# Row label; the answer is a date.
compliance-soc2-date = Datum der letzten SOC-2-Zertifizierung

compliance-soc3 = Entspricht die App den Service Organization Controls (SOC 3)?

# Row label; the answer is a date.
compliance-soc3-date = Datum der letzten SOC-3-Zertifizierung

compliance-pci-dss = Führen Sie jährlich PCI-DSS-Bewertungen für die App und die Umgebung durch, die sie unterstützt?

compliance-iso-27001 = Ist die App nach ISO 27001 (International Organization for Standardization) zertifiziert?

compliance-iso-27018 = Entspricht die App der Norm ISO 27018 (International Organization for Standardization)?

compliance-iso-27017 = Entspricht die App der Norm ISO 27017 (International Organization for Standardization)?

compliance-iso-27002 = Entspricht die App der Norm ISO 27002 (International Organization for Standardization)?

compliance-fedramp = Ist die App konform mit dem Federal Risk and Authorization Management Program (FedRAMP)?

compliance-ferpa = Entspricht die App dem Family Educational Rights and Privacy Act (FERPA)?

compliance-coppa = Entspricht die App dem Children’s Online Privacy Protection Act (COPPA)?

compliance-sox = Entspricht die App dem Sarbanes-Oxley Act (SOX)?

compliance-nist-800-171 = Entspricht die App den Anforderungen von NIST 800-171?

compliance-csa-star = Wurde die App nach CSA STAR (Cloud Security Alliance) zertifiziert?
