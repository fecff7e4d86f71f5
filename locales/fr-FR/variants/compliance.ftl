### Published machine-translation wordings of the messages of compliance.ftl (fr-FR).
### Recognized when reading published pages, never written. Attribute names (.mt1, .mt2, ...) are stable.

compliance-hipaa =
    .mt1 = L’application est-elle conforme à la Loi hipaa (Health Insurance Portability and Accounting Act) ?

compliance-hitrust =
    .mt1 = L’application est-elle conforme à Health Information Trust Alliance, Common Security Framework (HITRUST CSF) ?

compliance-soc1 =
    .mt1 = L’application est-elle conforme aux contrôles d’organisation de service (SOC 1) ?

compliance-soc1-date =
    .mt1 = Date de certification SOC1 la plus récente

compliance-soc2 =
    .mt1 = L’application est-elle conforme aux contrôles d’organisation de service (SOC 2) ?

compliance-soc2-type =
    .mt1 = Quelle certification SOC 2 avez-vous atteinte ?
    .mt2 = Quelle certification SOC 2 avez-vous obtenue ?

compliance-soc2-date =
    .mt1 = Date de certification SOC2 la plus récente

compliance-soc3 =
    .mt1 = L’application est-elle conforme aux contrôles d’organisation de service (SOC 3) ?

compliance-soc3-date =
    .mt1 = Date de certification SOC3 la plus récente

compliance-pci-dss =
    .mt1 = Effectuez-vous des évaluations PCI DSS annuelles par rapport à l’application et à son environnement de prise en charge ?

compliance-iso-27001 =
    .mt1 = L’application Organisation internationale pour la normalisation (ISO 27001) est-elle certifiée ?
    .mt2 = L’application International Organization for Standardization (ISO 27001) est-elle certifiée ?

compliance-iso-27018 =
    .mt1 = L’application est-elle conforme à l’Organisation internationale pour la normalisation (ISO 27018) ?
    .mt2 = L’application est-elle conforme à l’Organisation internationale de normalisation (ISO 27018) ?

compliance-iso-27017 =
    .mt1 = L’application est-elle conforme à l’Organisation internationale pour la normalisation (ISO 27017) ?
    .mt2 = L’application est-elle conforme à l’Organisation internationale de normalisation (ISO 27017) ?

compliance-iso-27002 =
    .mt1 = L’application est-elle conforme à l’Organisation internationale pour la normalisation (ISO 27002) ?
    .mt2 = L’application est-elle conforme à l’Organisation internationale de normalisation (ISO 27002) ?

compliance-fedramp =
    .mt1 = L’application Federal Risk and Authorization Management Program (FedRAMP) est-elle conforme ?
    .mt2 = Le programme fedramp (Federal Risk and Authorization Management Program) de l’application est-il conforme ?

compliance-ferpa =
    .mt1 = L’application est-elle conforme à la Loi sur les droits à l’éducation et la vie privée de la famille (FERPA) ?

compliance-coppa =
    .mt1 = L’application est-elle conforme à la réglementation COPPA (Children’s Online Privacy Protection Act) ?

compliance-sox =
    .mt1 = L’application est-elle conforme à Sarbanes-Oxley Act (SOX) ?

compliance-nist-800-171 =
    .mt1 = L’application est-elle conforme à NIST 800-171 ?
    .mt2 = L’application est-elle conforme au NIST 800-171 ?

compliance-csa-star =
    .mt1 = L’application a-t-elle été certifiée Cloud Security Alliance (CSA Star) ?
