### Published machine-translation wordings of the messages of azure.ftl (fr-FR).
### Recognized when reading published pages, never written. Attribute names (.mt1, .mt2, ...) are stable.

azure-title =
    .mt1 = Azure App informations d’ID pour { $id }
    .mt2 = Azure App informations d’ID pour le { $id }
    .mt3 = Aplicação Azure AD informations d’ID pour { $id }

azure-description =
    .mt1 = Toutes les informations de sécurité et de conformité disponibles pour { $id }.
    .mt2 = Toutes les informations de sécurité et de conformité disponibles pour le { $id }.

azure-h1 =
    .mt1 = Azure App ID : { $id }
    .mt2 = ID Azure App : { $id }
    .mt3 = Aplicação Azure AD ID : { $id }

azure-heading-compliance-status =
    .mt1 = état de conformité de l’application Microsoft 365

azure-attestation-completed =
    .mt1 = État de l’attestaton de l’éditeur : terminé
    .mt2 = état de l’attestaton Publisher : terminé

azure-certification-approved =
    .mt1 = Certification Microsoft 365 : Approuvé ({ date-short })
