### Published machine-translation wordings of the messages of privacy.ftl (de-DE).
### Recognized when reading published pages, never written. Attribute names (.mt1, .mt2, ...) are stable.

privacy-gdpr =
    .mt1 = Haben Sie DSGVO oder andere Datenschutz- oder Datenschutzanforderungen oder -pflichten (z. B. CCPA)?
    .mt2 = Haben Sie die DSGVO oder andere Datenschutz- oder Datenschutzanforderungen oder -verpflichtungen (z. B. CCPA)?

privacy-external-notice =
    .mt1 = Verfügt die App über einen externen Datenschutzhinweis, der beschreibt, wie Kundendaten gesammelt, verwendet, freigegeben und gespeichert werden?
    .mt2 = Verfügt die App über einen externen Datenschutzhinweis, der beschreibt, wie Kundendaten gesammelt, verwendet, freigaben und gespeichert werden?

privacy-policy-url =
    .mt1 = URL der Datenschutzrichtlinie

privacy-automated-decisions =
    .mt1 = Führt die App automatisierte Entscheidungsfindung durch, einschließlich Profilerstellung, die rechtliche Auswirkungen oder ähnliche Auswirkungen haben könnte?
    .mt2 = Führt die App eine automatisierte Entscheidungsfindung durch, einschließlich Profilerstellung, die rechtliche Auswirkungen oder ähnliche Auswirkungen haben könnte?

privacy-objection =
    .mt1 = Haben Einzelpersonen die Möglichkeit, der Verarbeitung zu widersprechen?

privacy-secondary-purpose =
    .mt1 = Verarbeitet die App Kundendaten zu einem sekundären Zweck, der nicht in der Datenschutzerklärung beschrieben ist (z. B. Marketing, Analysen)?
    .mt2 = Verarbeitet die App Kundendaten für einen sekundären Zweck, der nicht in der Datenschutzerklärung (d. h. Marketing, Analyse) beschrieben ist?

privacy-special-categories =
    .mt1 = Verarbeiten Sie spezielle Kategorien vertraulicher Daten (z. B. rassische oder ethnische Herkunft, politische Meinung, religiöse oder philosophische Überzeugungen, genetische oder biometrische Daten, Gesundheitsdaten) oder Kategorien von Daten, die Benachrichtigungsgesetzen unterliegen?
    .mt2 = Verarbeiten Sie besondere Kategorien vertraulicher Daten (z. B. ethnische Herkunft, politische Meinung, religiöse oder religiöse Überzeugungen, genetischen oder biometrischen Daten, Gesundheitsdaten) oder Kategorien von Daten, die gegen Benachrichtigungsgesetze verstoßen?

privacy-minors =
    .mt1 = Sammelt oder verarbeitet die App Daten von Minderjährigen (d. h. Personen unter 16 Jahren)?

privacy-parental-consent =
    .mt1 = Wird die Zustimmung eines Elternteils oder Erziehungsberechtigten eingeholt?
    .mt2 = Wird die Zustimmung von einem Übergeordneten oder gesetzlichen Vertreter eingeholt?

privacy-deletion =
    .mt1 = Verfügt die App über die Möglichkeit, die personenbezogenen Daten einer Person auf Anfrage zu löschen?
    .mt2 = Verfügt die App über Funktionen zum Löschen der personenbezogenen Daten einer Person auf Anfrage?

privacy-restriction =
    .mt1 = Verfügt die App über Funktionen, um die Verarbeitung der personenbezogenen Daten einer Person auf Anfrage einzuschränken oder einzuschränken?
    .mt2 = Verfügt die App über Funktionen zum Einschränken oder Einschränken der Verarbeitung personenbezogener Daten einer Person auf Anfrage?

privacy-correction =
    .mt1 = Bietet die App Einzelpersonen die Möglichkeit, ihre personenbezogenen Daten zu korrigieren oder zu aktualisieren?

privacy-reviews =
    .mt1 = Werden regelmäßige Datenschutz- und Datenschutzüberprüfungen (z. B. Datenschutz-Folgenabschätzungen oder Datenschutzrisikobewertungen) durchgeführt, um Risiken im Zusammenhang mit der Verarbeitung personenbezogener Daten für die App zu identifizieren?
