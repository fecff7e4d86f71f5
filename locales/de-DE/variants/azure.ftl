### Published machine-translation wordings of the messages of azure.ftl (de-DE).
### Recognized when reading published pages, never written. Attribute names (.mt1, .mt2, ...) are stable.

azure-title =
    .mt1 = Azure-App ID-Informationen für { $id }
    .mt2 = Azure-App-ID-Informationen für { $id }
    .mt3 = Azure-App ID Information for { $id }

azure-description =
    .mt1 = Alle verfügbaren Sicherheits- und Complianceinformationen für { $id }.
    .mt2 = Alle verfügbaren Informationen zu Sicherheit und Compliance für { $id }.

azure-h1 =
    .mt1 = Azure-App ID: { $id }

azure-heading-compliance-status =
    .mt1 = Microsoft 365 App Compliance-Status
    .mt2 = Microsoft 365 App-Compliancestatus

azure-attestation-completed =
    .mt1 = Herausgebernachweisstatus: Abgeschlossen
    .mt2 = Publisher Attestaton-Status: Abgeschlossen
