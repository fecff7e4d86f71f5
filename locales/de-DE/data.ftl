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

# Older pages (zone_pivot_groups app-info-data-mcas-identity, app-info-data-mcas, app-info-data-identity): sections of the
# "data" tab after intro-data, in page order. The H4 heading of the first section is heading-graph (identity.ftl).

# Paragraph above the Microsoft Graph permission table of older pages. The Markdown link is part of the message: keep its target unchanged.
data-graph-permissions = Führen Sie alle [Microsoft Graph-Berechtigungen](/graph/permissions-reference) auf, die diese App benötigt.

# Header cell of the permission table of older pages (block quote); the cells below are permission names such as User.Read.All. The last column is data-graph-app-id (identity.ftl).
data-graph-permission = Berechtigung

# Header cell; the cells below are enum-permission-* values (Delegated, Application).
data-graph-permission-type = Berechtigungstyp (delegiert/Anwendung)

# Header cell; the cells below are free text written by the publisher.
data-graph-collected = Werden Daten erfasst? Begründung für die Erfassung?

# Header cell; the cells below are free text written by the publisher.
data-graph-stored = Werden Daten gespeichert? Begründung für die Speicherung?

# H4 heading.
heading-other-apis = Datenzugriff über andere Microsoft-APIs

# Paragraph under the heading; a table of APIs (data-api-*) or the note note-no-additional-apis (identity.ftl) follows.
# OII: organizational identifiable information (fr "informations d’identification organisationnelle", de "organisationsidentifizierbare Informationen").
data-other-apis = Apps und Add-Ins, die auf Microsoft 365 basieren, können neben Microsoft Graph weitere Microsoft-APIs verwenden, um organisationsidentifizierbare Informationen (OII) zu erfassen oder zu verarbeiten. Führen Sie alle Microsoft-APIs außer Microsoft Graph auf, die diese App verwendet.

# Header cell of the table of other Microsoft APIs (block quote); the cells below are API names.
data-api = API

# Header cell; the cells below are answer words.
data-api-oii-collected = Werden OII erfasst?

# Header cell; the cells below are free text written by the publisher.
data-api-oii-collected-what = Welche OII werden erfasst?

# Header cell; the cells below are free text written by the publisher.
data-api-collect-justification = Begründung für die Erfassung von OII?

# Header cell; the cells below are answer words.
data-api-oii-stored = Werden OII gespeichert?

# Header cell; the cells below are free text written by the publisher.
data-api-store-justification = Begründung für die Speicherung von OII?

# H4 heading.
heading-non-microsoft-services = Verwendete Nicht-Microsoft-Dienste

# Paragraph under the heading; a table (data-services-*), a note or the publisher’s answer follows.
data-non-microsoft-services = Wenn die App Organisationsdaten an einen Nicht-Microsoft-Dienst überträgt oder mit ihm teilt, geben Sie den von der App verwendeten Nicht-Microsoft-Dienst und die übertragenen Daten an, und begründen Sie, warum die App diese Informationen übertragen muss.

# Header cell of the table of non-Microsoft services (block quote); the cells below are written by the publisher.
data-services-name = Nicht-Microsoft-Dienste, an die OII übertragen werden

# Header cell; the cells below are free text written by the publisher.
data-services-oii = Welche OII werden übertragen?

# Header cell; the cells below are free text written by the publisher.
data-services-justification = Begründung für die Übertragung von OII?

# One-line note (block quote) shown instead of the table of non-Microsoft services.
note-no-non-microsoft-services = Es werden keine Nicht-Microsoft-Dienste verwendet.

# H4 heading.
heading-bots = Datenzugriff über Bots

# Paragraph under the heading; the publisher’s answer follows (free text, a table or a note).
# EUII: end-user identifiable information (fr "informations d’identification de l’utilisateur final", de "Endbenutzer-identifizierbare Informationen").
data-bots = Wenn diese App einen Bot oder eine Messaging-Erweiterung enthält, kann sie auf Endbenutzer-identifizierbare Informationen (EUII) zugreifen: die Liste (Vorname, Nachname, Anzeigename, E-Mail-Adresse) aller Mitglieder eines Teams oder Chats, dem sie hinzugefügt wurde. Nutzt diese App diese Möglichkeit?

# Header cell of the bot table (block quote); the cells below are free text written by the publisher.
data-bots-justification = Begründung für den Zugriff auf EUII?

# Header cell; the cells below are answer words or free text.
data-bots-euii-stored = Werden EUII in Datenbanken gespeichert?

# Header cell; the cells below are free text written by the publisher.
data-bots-store-justification = Begründung für die Speicherung von EUII?

# One-line note (block quote) in the bot section.
note-no-euii-access = Es wird auf keine EUII zugegriffen.

# H4 heading.
heading-telemetry = Telemetriedaten

# Paragraph under the heading; the publisher’s answer follows (free text).
data-telemetry = Erscheinen organisationsidentifizierbare Informationen (OII) oder Endbenutzer-identifizierbare Informationen (EUII) in den Protokollen oder der Telemetrie dieser Anwendung? Falls ja, beschreiben Sie, welche Daten gespeichert werden und welche Aufbewahrungs- und Löschrichtlinien gelten.

# One-line note (block quote) in the telemetry section.
note-no-oii-euii-telemetry = In der Telemetrie und den Protokollen der Anwendung erscheinen keine OII oder EUII.

# H4 heading.
heading-organizational-controls = Steuerungsmöglichkeiten der Organisation für vom Partner gespeicherte Daten

# Paragraph under the heading; the publisher’s answer follows (free text).
data-organizational-controls = Beschreiben Sie, wie Administratoren der Organisation ihre Informationen in Partnersystemen steuern können (zum Beispiel Löschung, Aufbewahrung, Überwachung, Archivierung, Endbenutzerrichtlinie).

# H4 heading.
heading-human-review = Menschliche Überprüfung von Organisationsinformationen

# Paragraph under the heading; the publisher’s answer follows (free text).
data-human-review = Sind Menschen an der Überprüfung oder Analyse von organisationsidentifizierbaren Informationen (OII) beteiligt, die von dieser App erfasst oder gespeichert werden?
