### Published machine-translation wordings of the messages of dates.ftl (de-DE).
### Recognized when reading published pages, never written. Attribute names (.mt1, .mt2, ...) are stable.
