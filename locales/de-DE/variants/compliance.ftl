### Published machine-translation wordings of the messages of compliance.ftl (de-DE).
### Recognized when reading published pages, never written. Attribute names (.mt1, .mt2, ...) are stable.

compliance-hipaa =
    .mt1 = Entspricht die App dem Health Insurance Portability and Accounting Act (HIPAA)?

compliance-hitrust =
    .mt1 = Entspricht die App der Health Information Trust Alliance, Common Security Framework (HITRUST CSF)?
    .mt2 = Entspricht die App health Information Trust Alliance, Common Security Framework (HITRUST CSF)?

compliance-soc1 =
    .mt1 = Entspricht die App den Dienstorganisationssteuerelementen (SOC 1)?
    .mt2 = Entspricht die App den Kontrollen der Serviceorganisation (SOC 1)?

compliance-soc1-date =
    .mt1 = Letztes SOC1-Zertifizierungsdatum
    .mt2 = Neuestes SOC1-Zertifizierungsdatum

compliance-soc2 =
    .mt1 = Entspricht die App den Steuerelementen der Dienstorganisation (SERVICE Organization Controls, SOC 2)?
    .mt2 = Entspricht die App den Dienstorganisationssteuerelementen (SOC 2)?

compliance-soc2-type =
    .mt1 = Welche SOC 2-Zertifizierung haben Sie erreicht?

compliance-soc2-date =
    .mt1 = Letztes SOC2-Zertifizierungsdatum
    .mt2 = Neuestes SOC2-Zertifizierungsdatum

compliance-soc3 =
    .mt1 = Entspricht die App den Steuerelementen der Dienstorganisation (SOC 3)?
    .mt2 = Entspricht die App den Dienstorganisationssteuerelementen (SOC 3)?

compliance-soc3-date =
    .mt1 = Letztes SOC3-Zertifizierungsdatum
    .mt2 = Neuestes SOC3-Zertifizierungsdatum

compliance-pci-dss =
    .mt1 = Führen Sie jährliche PCI DSS-Bewertungen für die App und ihre unterstützende Umgebung durch?

compliance-iso-27001 =
    .mt1 = Ist die App International Organization for Standardization (ISO 27001) zertifiziert?

compliance-iso-27018 =
    .mt1 = Entspricht die App der International Organization for Standardization (ISO 27018)?

compliance-iso-27017 =
    .mt1 = Entspricht die App der International Organization for Standardization (ISO 27017)?

compliance-iso-27002 =
    .mt1 = Entspricht die App der International Organization for Standardization (ISO 27002)?

compliance-fedramp =
    .mt1 = Ist das Federal Risk and Authorization Management Program (FedRAMP) der App konform?
    .mt2 = Ist die App FedRAMP (Federal Risk and Authorization Management Program) konform?

compliance-ferpa =
    .mt1 = Entspricht die App dem FERPA (Family Educational Rights and Privacy Act)?

compliance-coppa =
    .mt1 = Entspricht die App dem Children es Online Privacy Protection Act (COPPA)?

compliance-sox =
    .mt1 = Entspricht die App Sarbanes-Oxley Act (SOX)?

compliance-nist-800-171 =
    .mt1 = Entspricht die App NIST 800-171?

compliance-csa-star =
    .mt1 = Wurde die App cloudsicherheitsallianz (CSA Star) zertifiziert?
    .mt2 = Wurde die App von der Cloud Security Alliance (CSA Star) zertifiziert?
