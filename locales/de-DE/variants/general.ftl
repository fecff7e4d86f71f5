### Published machine-translation wordings of the messages of general.ftl (de-DE).
### Recognized when reading published pages, never written. Attribute names (.mt1, .mt2, ...) are stable.

intro-general =
    .mt1 = Informationen, die von { $publisher } an Microsoft bereitgestellt werden:
    .mt2 = Von { $publisher } für Microsoft bereitgestellte Informationen:
    .mt3 = Informationen von { $publisher } an Microsoft:
    .mt4 = Informationen, die von { $publisher } für Microsoft bereitgestellt werden:
    .mt5 = Informationen, die von der { $publisher } an Microsoft bereitgestellt werden:
    .mt6 = Von { $publisher } bereitgestellte Informationen an Microsoft:
    .mt7 = Informationen, die von { $publisher } an Microsoft übermittelt werden:
    .mt8 = Informationen, die von { $publisher } to Microsoft bereitgestellt werden:
    .mt9 = Informationen der { $publisher } an Microsoft:
    .mt10 = Informationen, die Microsoft von { $publisher } bereitgestellt werden:
    .mt11 = Informationen, die { $publisher } Microsoft zur Verfügung stellt:
    .mt12 = Von { $publisher } an Microsoft übermittelte Informationen:
    .mt13 = Informationen, die von der { $publisher } an Microsoft übermittelt werden:
    .mt14 = Informationen, die vom { $publisher } an Microsoft bereitgestellt werden:
    .mt15 = Vom { $publisher } an Microsoft bereitgestellte Informationen:
    .mt16 = Informationen, die { $publisher } an Microsoft übermittelt:
    .mt17 = Von { $publisher } bereitgestellte Informationen. an Microsoft:
    .mt18 = Informationen von { $publisher } beschränkt auf Microsoft:
    .mt19 = Von "{ $publisher }" für Microsoft bereitgestellte Informationen:
    .mt20 = Informationen, die von "{ $publisher }" bereitgestellt werden:
    .mt21 = Informationen, die Ihnen von { $publisher } to Microsoft zur Verfügung gestellt werden:
    .mt22 = Informationen, die von { $publisher } an Microsoft:
    .mt23 = Von { $publisher } bereitgestellte Informationen, die auf Microsoft beschränkt sind:
    .mt24 = Informationen, die von "{ $publisher }" für Microsoft bereitgestellt werden:
    .mt25 = Von "{ $publisher }" an Microsoft bereitgestellte Informationen:
    .mt26 = Informationen, die von { $publisher } leicht gemacht werden:
    .mt27 = Informationen von { $publisher } to Microsoft:

general-office-clients =
    .mt1 = unterstützte Office 365 Clients

general-hq-location =
    .mt1 = Firmenstandort

general-app-info-page =
    .mt1 = Seite "App-Informationen"

general-hosting-model =
    .mt1 = Was ist die Hostingumgebung oder das Dienstmodell, die zum Ausführen Ihrer App verwendet wird?

general-hosting-providers =
    .mt1 = Welche Hosting-Cloudanbieter verwendet die App?

general-teams-app-info-page-url =
    .mt1 = URL der Teams Anwendungsinformationsseite

general-privacy-policy-url =
    .mt1 = URL der Datenschutzrichtlinie
