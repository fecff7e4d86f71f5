### Published machine-translation wordings of the messages of mcas.ftl (fr-FR).
### Recognized when reading published pages, never written. Attribute names (.mt1, .mt2, ...) are stable.

mcas-iframe-title =
    .mt1 = Microsoft Cloud App Security informations

mcas-view-in-new-tab =
    .mt1 = Afficher dans une nouvelle réponse
    .mt2 = [Afficher sous un onglet](https://appmcasinfoprod.azurewebsites.net/#/dashboard/35749){"{"}:target="_blank"{"}"}
