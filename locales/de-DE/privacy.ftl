### "Privacy" tab (zone pivot "privsection"), in page order.
### German (Germany). Formal address (Sie).

privacy-gdpr = Unterliegen Sie der DSGVO oder anderen Anforderungen oder Verpflichtungen zum Datenschutz (z. B. CCPA)?

privacy-external-notice = Verfügt die App über eine öffentliche Datenschutzerklärung, die beschreibt, wie sie Kundendaten erfasst, verwendet, weitergibt und speichert?

# Row label; the answer is a link.
privacy-policy-url = URL der Datenschutzerklärung

privacy-automated-decisions = Trifft die App automatisierte Entscheidungen, einschließlich Profiling, die rechtliche oder ähnliche Auswirkungen haben könnten?

# Shown only on pages of some waves.
privacy-objection = Haben Personen die Möglichkeit, der Verarbeitung zu widersprechen?

privacy-secondary-purpose = Verarbeitet die App Kundendaten für einen sekundären Zweck, der nicht in der Datenschutzerklärung beschrieben ist (z. B. Marketing oder Analysen)?

privacy-special-categories = Verarbeiten Sie besondere Kategorien sensibler Daten (z. B. rassische oder ethnische Herkunft, politische Meinungen, religiöse oder weltanschauliche Überzeugungen, genetische oder biometrische Daten, Gesundheitsdaten) oder Kategorien von Daten, die Gesetzen zur Meldung von Datenschutzverletzungen unterliegen?

privacy-minors = Erfasst oder verarbeitet die App Daten von Minderjährigen (d. h. Personen unter 16 Jahren)?

# Follows the question about minors; shown only on pages of some waves.
privacy-parental-consent = Wird die Einwilligung eines Elternteils oder Erziehungsberechtigten eingeholt?

privacy-deletion = Kann die App die personenbezogenen Daten einer Person auf Anfrage löschen?

privacy-restriction = Kann die App die Verarbeitung der personenbezogenen Daten einer Person auf Anfrage einschränken oder begrenzen?

privacy-correction = Bietet die App Personen die Möglichkeit, ihre personenbezogenen Daten zu berichtigen oder zu aktualisieren?

privacy-reviews = Werden regelmäßige Datenschutzprüfungen (z. B. Datenschutz-Folgenabschätzungen oder Bewertungen von Datenschutzrisiken) durchgeführt, um Risiken im Zusammenhang mit der Verarbeitung personenbezogener Daten durch die App zu ermitteln?
