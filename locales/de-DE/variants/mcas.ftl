### Published machine-translation wordings of the messages of mcas.ftl (de-DE).
### Recognized when reading published pages, never written. Attribute names (.mt1, .mt2, ...) are stable.

mcas-iframe-title =
    .mt1 = Microsoft Cloud App Security Informationen

mcas-view-in-new-tab =
    .mt1 = Auf einer neuen Registerkarte anzeigen
    .mt2 = Ansicht auf einer neuen Registerkarte
    .mt3 = In einer neuen Registerkarte
    .mt4 = [Auf einer Registerkarte](https://appmcasinfoprod.azurewebsites.net/#/dashboard/35749) anzeigen{"{"}:target="_blank"{"}"}
