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
