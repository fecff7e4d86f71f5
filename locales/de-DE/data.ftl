### "Data handling" tab (zone pivot "data"), in page order.
### German (Germany). Formal address (Sie).

# H3 heading of the "data" tab.
heading-data-handling = Wie die App mit Daten umgeht

# Sentence under the data heading. $publisher is the publisher (partner company) name, never translated.
intro-data = Diese Informationen wurden von { $publisher } bereitgestellt und beschreiben, wie diese App Organisationsdaten erfasst und speichert und welche Kontrolle Ihre Organisation über die von der App erfassten Daten hat.

data-process-customer-data = Verarbeitet die App oder die zugrunde liegende Infrastruktur Daten, die sich auf einen Microsoft-Kunden oder dessen Gerät beziehen?

# The answer is free text written by the publisher.
data-processed-data = Welche Daten werden von Ihrer App verarbeitet?

data-tls = Unterstützt die App TLS 1.1 oder höher?

data-store-customer-data = Speichert die App oder die zugrunde liegende Infrastruktur Daten von Microsoft-Kunden?

# The answer is free text written by the publisher.
data-stored-data = Welche Daten werden in Ihren Datenbanken gespeichert?

# The answer is a list of countries (enum-country-*).
data-storage-location = Falls die zugrunde liegende Infrastruktur Daten von Microsoft-Kunden verarbeitet oder speichert, wo werden diese Daten geografisch gespeichert?

data-retention-process = Verfügen Sie über einen etablierten Prozess zur Aufbewahrung und Löschung von Daten?

# The answer is an enum-retention-* value.
data-retention-period = Wie lange werden Daten nach der Kündigung des Kontos aufbewahrt?

data-access-management = Verfügen Sie über einen etablierten Prozess zur Verwaltung des Datenzugriffs?

# "Sub-processors" in the GDPR sense: fr "sous-traitants ultérieurs", de "Unterauftragsverarbeiter".
data-third-party-transfer = Übermitteln Sie Kundendaten oder Kundeninhalte an Dritte oder Unterauftragsverarbeiter?

# Shown only on pages of some waves.
data-sharing-agreements = Haben Sie Vereinbarungen zur Datenweitergabe mit den Drittanbieterdiensten geschlossen, an die Sie Daten von Microsoft-Kunden weitergeben?
