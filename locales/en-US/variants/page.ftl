### Published machine-translation wordings of the messages of page.ftl (en-US).
### Recognized when reading published pages, never written. Attribute names (.mt1, .mt2, ...) are stable.
### en-US: English wordings left untranslated on fr-FR/de-DE pages, and raw form codes.

page-title =
    .mt1 = { $app } Overview
    .mt2 = { $app } Application Information
    .mt3 = Information for { $app } by { $publisher }
    .mt4 = Application Information for { $app } by{ $publisher }
