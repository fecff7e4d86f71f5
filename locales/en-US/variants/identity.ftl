### Published machine-translation wordings of the messages of identity.ftl (en-US).
### Recognized when reading published pages, never written. Attribute names (.mt1, .mt2, ...) are stable.
### en-US: English wordings left untranslated on fr-FR/de-DE pages, and raw form codes.
