### Published machine-translation wordings of the messages of data.ftl (de-DE).
### Recognized when reading published pages, never written. Attribute names (.mt1, .mt2, ...) are stable.

heading-data-handling =
    .mt1 = So behandelt die App Daten

intro-data =
    .mt1 = Diese Informationen wurden von { $publisher } darüber bereitgestellt, wie diese App Organisationsdaten sammelt und speichert und welche Kontrolle Ihre Organisation über die von der App gesammelten Daten hat.
    .mt2 = Diese Informationen wurden von { $publisher } bereitgestellt, wie diese App Organisationsdaten sammelt und speichert und welche Kontrolle Ihre Organisation über die von der App gesammelten Daten hat.
    .mt3 = Diese Informationen wurden von der { $publisher } darüber bereitgestellt, wie diese App Organisationsdaten sammelt und speichert und welche Kontrolle Ihre Organisation über die von der App gesammelten Daten hat.
    .mt4 = Diese Informationen wurden von { $publisher } zur Verfügung gestellt, wie diese App Organisationsdaten sammelt und speichert und welche Kontrolle Ihre Organisation über die von der App gesammelten Daten hat.
    .mt5 = Diese Informationen wurden von { $publisher } bereitgestellt. darüber, wie diese App Organisationsdaten sammelt und speichert und welche Kontrolle Ihre Organisation über die von der App gesammelten Daten hat.
    .mt6 = Diese Informationen wurden von { $publisher } dazu bereitgestellt, wie diese App Organisationsdaten sammelt und speichert und welche Kontrolle Ihre Organisation über die von der App gesammelten Daten hat.
    .mt7 = Diese Informationen wurden von { $publisher } darüber, wie diese App Organisationsdaten sammelt und speichert und welche Kontrolle Ihre Organisation über die von der App gesammelten Daten hat.
    .mt8 = Diese Informationen wurden vom { $publisher } darüber bereitgestellt, wie diese App Organisationsdaten sammelt und speichert und welche Kontrolle Ihre Organisation über die von der App gesammelten Daten hat.
    .mt9 = Diese Informationen wurden von { $publisher } bereitgestellt, um zu erfahren, wie diese App Organisationsdaten sammelt und speichert und welche Kontrolle Ihre Organisation über die von der App gesammelten Daten hat.
    .mt10 = Diese Informationen wurden durch { $publisher } darüber bereitgestellt, wie diese App Organisationsdaten sammelt und speichert und welche Kontrolle Ihre Organisation über die von der App gesammelten Daten hat.
    .mt11 = Diese Informationen wurden von der { $publisher } bereitgestellt, wie diese App Organisationsdaten sammelt und speichert und welche Kontrolle Ihre Organisation über die von der App gesammelten Daten hat.
    .mt12 = Diese Informationen wurden vom { $publisher } bereitgestellt, wie diese App Organisationsdaten sammelt und speichert und welche Kontrolle Ihre Organisation über die von der App gesammelten Daten hat.
    .mt13 = Diese Informationen wurden von "{ $publisher }" bereitgestellt, um zu erfahren, wie diese App Organisationsdaten sammelt und speichert und welche Kontrolle Ihre Organisation über die von der App gesammelten Daten hat.
    .mt14 = Diese Informationen wurden von "{ $publisher }" bereitgestellt, wie diese App Organisationsdaten sammelt und speichert und welche Kontrolle Ihre Organisation über die von der App gesammelten Daten hat.

data-process-customer-data =
    .mt1 = Verarbeitet die App oder die zugrunde liegende Infrastruktur Daten, die sich auf einen Microsoft-Kunden oder sein Gerät beziehen?

data-store-customer-data =
    .mt1 = Speichert die App oder die zugrunde liegende Infrastruktur Microsoft-Kundendaten?

data-storage-location =
    .mt1 = Wenn zugrunde liegende Infrastrukturprozesse oder Microsoft-Kundendaten gespeichert werden, wo werden diese Daten geografisch gespeichert?
    .mt2 = Wo werden diese Daten geografisch gespeichert, wenn zugrunde liegende Unstruktur Microsoft-Kundendaten verarbeitet oder speichert?

data-retention-process =
    .mt1 = Haben Sie einen etablierten Datenbesorgungs- und Entsorgungsprozess?
    .mt2 = Verfügen Sie über einen etablierten Daten- und Entsorgungsprozess?

data-retention-period =
    .mt1 = Wie lange werden Die Daten nach der Kontoentsendung aufbewahrt?
    .mt2 = Wie lange werden Daten nach der Beendigung des Kontos aufbewahrt?

data-access-management =
    .mt1 = Haben Sie einen etablierten Datenzugriffsverwaltungsprozess?
    .mt2 = Verfügen Sie über einen etablierten Datenzugriffsverwaltungsprozess?

data-third-party-transfer =
    .mt1 = Übertragen Sie Kundendaten oder Kundeninhalte an Dritte oder Unterauftragsverarbeiter?
    .mt2 = Übertragen Sie Kundendaten oder Kundeninhalte an Dritte oder Unterverarbeiter?

data-sharing-agreements =
    .mt1 = Verfügen Sie über Datenfreigabevereinbarungen mit Einem Drittanbieterdienst, mit dem Sie Microsoft-Kundendaten teilen?
    .mt2 = Verfügen Sie über Vereinbarungen zur Datenfreigabe mit einem Drittanbieterdienst, für den Sie Microsoft-Kundendaten freigeben?

data-graph-permissions =
    .mt1 = Auflisten aller [Microsoft Graph Berechtigungen](/graph/permissions-reference), die diese App benötigt.
    .mt2 = Listet alle [Microsoft Graph Berechtigungen auf, die](/graph/permissions-reference) diese App benötigt.

data-graph-permission-type =
    .mt1 = Typ der Berechtigung (delegiert/Anwendung)

data-graph-collected =
    .mt1 = Werden Daten erfasst? Begründung für das Sammeln?
    .mt2 = Werden Daten gesammelt? Begründung für die Erfassung?

heading-other-apis =
    .mt1 = Datenzugriff mit anderen Microsoft-APIs

data-other-apis =
    .mt1 = Apps und Add-Ins, die auf Microsoft 365 basieren, verwenden möglicherweise andere Microsoft-APIs als Microsoft Graph, um Organisationsinformationen (OII) zu sammeln oder zu verarbeiten. Auflisten aller anderen Microsoft-APIs als Microsoft Graph, die diese App verwendet.
    .mt2 = Apps und Add-Ins, die auf Microsoft 365 basieren, verwenden möglicherweise zusätzliche Microsoft-APIs außer Microsoft Graph, um organisationsspezifische Informationen (OII) zu sammeln oder zu verarbeiten. Listen Sie alle anderen Microsoft-APIs als Microsoft auf, Graph diese App verwendet.

data-api-oii-collected =
    .mt1 = Wird OII erfasst?
    .mt2 = Wird OII gesammelt?

data-api-oii-collected-what =
    .mt1 = Welche OII wird erfasst?
    .mt2 = Welche OII wird gesammelt?

data-api-collect-justification =
    .mt1 = Begründung für das Sammeln von OII?

data-api-oii-stored =
    .mt1 = Ist OII gespeichert?
    .mt2 = Wird OII gespeichert?

data-api-store-justification =
    .mt1 = Begründung für das Speichern von OII?

heading-non-microsoft-services =
    .mt1 = Nicht Microsoft-Dienste verwendet

data-non-microsoft-services =
    .mt1 = Wenn die App Organisationsdaten an Nicht-Microsoft-Dienste überträgt oder freigibt, listen Sie den von der App nicht von Microsoft stammenden Dienst auf, welche Daten übertragen werden, und geben Sie eine Begründung dafür an, warum die App diese Informationen übertragen muss.
    .mt2 = Wenn die App Organisationsdaten mit einem Nicht-Microsoft-Dienst überträgt oder teilt, listen Sie den von der App verwendeten Nicht-Microsoft-Dienst auf, welche Daten übertragen werden, und geben Sie eine Begründung dafür an, warum die App diese Informationen übertragen muss.

data-services-name =
    .mt1 = Alle nicht Microsoft-Dienste OII werden an
    .mt2 = Alle nicht Microsoft-Dienste OII wird übertragen an

data-services-oii =
    .mt1 = Welche OII wird übertragen?

note-no-non-microsoft-services =
    .mt1 = Nicht Microsoft-Dienste werden nicht verwendet.
    .mt2 = Nicht-Microsoft-Dienste werden nicht verwendet.

data-bots =
    .mt1 = Wenn diese App einen Bot oder eine Messaging-Erweiterung enthält, kann sie auf Endbenutzer-identifizierbare Informationen (EUII) zugreifen: die Liste (Vorname, Nachname, Anzeigename, E-Mail-Adresse) eines Teammitglieds in einem Team oder Chat, dem sie hinzugefügt wurde. Nutzt diese App diese Funktion?
    .mt2 = Wenn diese App einen Bot oder eine Messaging-Erweiterung enthält, kann sie auf Personenbezogene Endbenutzerinformationen (EUII) zugreifen: die Liste (Vorname, Nachname, Anzeigename, E-Mail-Adresse) eines beliebigen Teammitglieds in einem Team oder Chat, dem sie hinzugefügt wird. Nutzt diese App diese Funktion?

data-bots-euii-stored =
    .mt1 = Ist EUII in Datenbank(en) gespeichert?

note-no-euii-access =
    .mt1 = Es wird kein EUII-Zugriff erfolgt.
    .mt2 = Es wird nicht auf EUII zugegriffen.

data-telemetry =
    .mt1 = Werden organisationsbezogene Informationen (OII) oder Endbenutzer-Informationen (EUII) in den Telemetrie- oder Protokollen dieser Anwendung angezeigt? Wenn ja, beschreiben Sie, welche Daten gespeichert werden und was sind die Aufbewahrungs- und Entfernungsrichtlinien?
    .mt2 = Werden organisationsidentifizierbare Informationen (OII) oder Endbenutzer-identifizierbare Informationen (EUII) in den Telemetriedaten oder Protokollen dieser Anwendung angezeigt? Wenn ja, beschreiben Sie, welche Daten gespeichert werden und welche Aufbewahrungs- und Entfernungsrichtlinien gelten?

note-no-oii-euii-telemetry =
    .mt1 = Keine OII oder EUII erscheinen in den Anwendungen Telemetrie oder Protokolle.
    .mt2 = In den Telemetrie- oder Protokollen der Anwendungen werden keine OII oder EUII angezeigt.

heading-organizational-controls =
    .mt1 = Organisationssteuerelemente für vom Partner gespeicherte Daten
    .mt2 = Organisationssteuerungen für vom Partner gespeicherte Daten

data-organizational-controls =
    .mt1 = Beschreiben, wie Administratoren der Organisation ihre Informationen in Partnersystemen steuern können? z.B. Löschung, Aufbewahrung, Überwachung, Archivierung, Endbenutzerrichtlinie usw.
    .mt2 = Beschreiben, wie Administratoren ihrer Organisation ihre Informationen in Partnersystemen steuern können? z. B. Löschen, Aufbewahrung, Überwachung, Archivierung, Endbenutzerrichtlinie usw.

data-human-review =
    .mt1 = Sind Menschen an der Überprüfung oder Analyse von OII-Daten (Organizational Identifiable Information) beteiligt, die von dieser App gesammelt oder gespeichert werden?
    .mt2 = Sind Menschen an der Überprüfung oder Analyse von Organisationsdaten (OII) beteiligt, die von dieser App gesammelt oder gespeichert werden?
