### Published machine-translation wordings of the messages of page.ftl (de-DE).
### Recognized when reading published pages, never written. Attribute names (.mt1, .mt2, ...) are stable.

page-title =
    .mt1 = Anwendungsinformationen für { $app } von { $publisher }
    .mt2 = Anwendungsinformationen für { $app } by { $publisher }
    .mt3 = Bewerbungsinformationen für { $app } von { $publisher }
    .mt4 = Anwendungsinformationen für { $app } nach { $publisher }
    .mt5 = Anwendungsinformationen für { $app } durch { $publisher }
    .mt6 = Bewerbungsinformationen für { $app } by { $publisher }
    .mt7 = Bewerbungsinformationen für { $app } nach { $publisher }
    .mt8 = Bewerbungsinformationen für { $app } durch { $publisher }
    .mt9 = Anwendungsinformationen zum { $app } von { $publisher }
    .mt10 = Anwendungsinformationen zum { $app } nach { $publisher }
    .mt11 = Anwendungsinformationen zur { $app } von { $publisher }
    .mt12 = Anwendungsinformationen zur { $app } nach { $publisher }
    .mt13 = Anwendungsinformationen zur { $app } durch { $publisher }
    .mt14 = Bewerbungsinformationen zur { $app } von { $publisher }
    .mt15 = Bewerbungsinformationen zum { $app } nach { $publisher }
    .mt16 = Anwendungsinformationen für { $app } per { $publisher }
    .mt17 = Bewerbungsinformationen für { $app } per { $publisher }
    .mt18 = Application Information for { $app } von { $publisher }
    .mt19 = Übersicht über { $app }
    .mt20 = Übersicht über die { $app }
    .mt21 = { $app }-Übersicht
    .mt22 = { $app } Übersicht
    .mt23 = { $app } – Übersicht
    .mt24 = { $app } -Übersicht
    .mt25 = { $app } (Übersicht)
    .mt26 = Excel Anwendungsinformationen für { $app } nach { $publisher }
    .mt27 = OneNote Anwendungsinformationen für { $app } nach { $publisher }
    .mt28 = { $app }-Anwendungsinformationen
    .mt29 = { $app } Anwendungsinformationen
    .mt30 = Anwendungsinformationen für { $app }
    .mt31 = Anwendungsinformationen zur { $app }
    .mt32 = Anwendungsinformationen zur { $app } by { $publisher }
    .mt33 = Anwendungsinformationen für "{ $app }" durch "{ $publisher }"
    .mt34 = Anwendungsinformationen für "{ $app } by { $publisher }"
    .mt35 = Anwendungsinformationen für { $app } von "{ $publisher }"
    .mt36 = { $app } Übersicht über die Zusammenarbeit
    .mt37 = { $app } nach { $publisher } – Anwendungsinformationen
    .mt38 = Informationen für { $app } von { $publisher }

page-description =
    .mt1 = Alle verfügbaren Sicherheits- und Complianceinformationen für { $app }, seine Datenverarbeitungsrichtlinien, seine Microsoft Cloud App Security App-Kataloginformationen und Sicherheits-/Complianceinformationen in der CSA STAR-Registrierung.
    .mt2 = Alle verfügbaren Sicherheits- und Complianceinformationen für { $app }, seine Datenverarbeitungsrichtlinien, Microsoft Cloud App Security App-Kataloginformationen und Sicherheits-/Complianceinformationen in der CSA STAR-Registrierung.
    .mt3 = Alle verfügbaren Sicherheits- und Complianceinformationen für { $app }, die Datenverarbeitungsrichtlinien, die Microsoft Cloud App Security App-Kataloginformationen und Sicherheits-/Complianceinformationen in der CSA STAR-Registrierung.
    .mt4 = Alle verfügbaren Sicherheits- und Complianceinformationen für { $app }, seine Datenverarbeitungsrichtlinien, die Microsoft Cloud App Security App-Kataloginformationen und Sicherheits-/Complianceinformationen in der CSA STAR-Registrierung.
    .mt5 = Alle verfügbaren Sicherheits- und Complianceinformationen für { $app }, ihre Datenverarbeitungsrichtlinien, Microsoft Cloud App Security App-Kataloginformationen und Sicherheits-/Complianceinformationen in der CSA STAR-Registrierung.
    .mt6 = Alle verfügbaren Sicherheits- und Complianceinformationen für { $app }, seine Datenverarbeitungsrichtlinien, seine Microsoft Cloud App Security App-Kataloginformationen sowie Sicherheits-/Complianceinformationen in der CSA STAR-Registrierung.
    .mt7 = Alle verfügbaren Sicherheits- und Complianceinformationen für { $app }, ihre Datenverarbeitungsrichtlinien, seine Microsoft Cloud App Security App-Kataloginformationen und Sicherheits-/Complianceinformationen in der CSA STAR-Registrierung.
    .mt8 = Alle verfügbaren Sicherheits- und Complianceinformationen für { $app }, seine Datenverarbeitungsrichtlinien, Microsoft Cloud App Security App-Kataloginformationen sowie Sicherheits-/Complianceinformationen in der CSA STAR-Registrierung.
    .mt9 = Alle verfügbaren Sicherheits- und Complianceinformationen für { $app }, seine Datenverarbeitungsrichtlinien, die Microsoft Cloud App Security App-Kataloginformationen sowie Sicherheits-/Complianceinformationen in der CSA STAR-Registrierung.
    .mt10 = Alle verfügbaren Sicherheits- und Complianceinformationen für { $app }, ihre Datenverarbeitungsrichtlinien, die Microsoft Cloud App Security App-Kataloginformationen und Sicherheits-/Complianceinformationen in der CSA STAR-Registrierung.
    .mt11 = Alle verfügbaren Sicherheits- und Complianceinformationen für { $app }, seine Datenverarbeitungsrichtlinien, die Informationen zum Microsoft Cloud App Security-App-Katalog sowie Sicherheits-/Complianceinformationen in der CSA STAR-Registrierung.
    .mt12 = Alle verfügbaren Sicherheits- und Complianceinformationen für { $app }, ihre Datenverarbeitungsrichtlinien, Microsoft Cloud App Security App-Kataloginformationen sowie Sicherheits-/Complianceinformationen in der CSA STAR-Registrierung.
    .mt13 = Alle verfügbaren Sicherheits- und Complianceinformationen für { $app }, seine Datenverarbeitungsrichtlinien, die Kataloginformationen des Microsoft Cloud App Security-App-Katalogs und Sicherheits-/Complianceinformationen in der CSA STAR-Registrierung.
    .mt14 = Alle verfügbaren Sicherheits- und Complianceinformationen für { $app }, die Datenverarbeitungsrichtlinien, die Microsoft Cloud App Security App-Kataloginformationen sowie Sicherheits-/Complianceinformationen in der CSA STAR-Registrierung.
    .mt15 = Alle verfügbaren Sicherheits- und Compliance-Informationen für { $app }, seine Datenverarbeitungsrichtlinien, Microsoft Cloud App Security App-Kataloginformationen und Sicherheits-/Complianceinformationen in der CSA STAR-Registrierung.
    .mt16 = Alle verfügbaren Sicherheits- und Complianceinformationen für { $app }, seine Datenverarbeitungsrichtlinien, die Informationen zum Microsoft Cloud App Security-App-Katalog und Sicherheits-/Complianceinformationen in der CSA STAR-Registrierung.
    .mt17 = Alle verfügbaren Sicherheits- und Compliance-Informationen für { $app }, die Datenverarbeitungsrichtlinien, die Microsoft Cloud App Security Informationen zum App-Katalog und Sicherheits-/Complianceinformationen in der CSA STAR-Registrierung.
    .mt18 = Alle verfügbaren Sicherheits- und Complianceinformationen für { $app }, seine Datenverarbeitungsrichtlinien, die Microsoft Cloud App Security Informationen zum App-Katalog und Sicherheits-/Complianceinformationen in der CSA STAR-Registrierung.
    .mt19 = Alle verfügbaren Sicherheits- und Complianceinformationen für { $app }, den Richtlinien für die Datenverarbeitung, den Microsoft Cloud App Security App-Kataloginformationen und den Sicherheits-/Complianceinformationen.
    .mt20 = Alle verfügbaren Sicherheits- und Complianceinformationen für { $app }, die Datenverarbeitungsrichtlinien, Microsoft Cloud App Security App-Kataloginformationen und Sicherheits-/Complianceinformationen in der CSA STAR-Registrierung.
    .mt21 = Alle verfügbaren Sicherheits- und Complianceinformationen für { $app }, deren Datenverarbeitungsrichtlinien, microsoft Cloud App Security-App-Kataloginformationen und Sicherheits-/Complianceinformationen in der CSA STAR-Registrierung.
    .mt22 = Alle verfügbaren Sicherheits- und Complianceinformationen für { $app }, die Richtlinien für die Datenverarbeitung, die Microsoft Cloud App Security App-Kataloginformationen und Sicherheits-/Complianceinformationen in der CSA STAR-Registrierung.
    .mt23 = Alle verfügbaren Sicherheits- und Complianceinformationen für { $app }, seine Datenverarbeitungsrichtlinien, die Kataloginformationen des Microsoft Cloud App Security-App-Katalogs sowie Sicherheits-/Complianceinformationen in der CSA STAR-Registrierung.
    .mt24 = Alle verfügbaren Sicherheits- und Complianceinformationen für { $app }, seine Datenverarbeitungsrichtlinien, Microsoft Cloud App Security Informationen zum App-Katalog und Sicherheits-/Complianceinformationen in der CSA STAR-Registrierung.
    .mt25 = Excel wurde von Microsoft anhand von Branchenstandards und -kontrollen für Sicherheits-, Compliance- und Datenverarbeitungspraktiken überprüft. Auf dieser Seite werden verfügbare Sicherheits- und Complianceinformationen für { $app }, die Datenverarbeitungsrichtlinien, die Microsoft Cloud App Security App-Kataloginformationen und Sicherheits-/Complianceinformationen in der CSA STAR-Registrierung.
    .mt26 = OneNote wurde von Microsoft anhand von Branchenstandards und -kontrollen für Sicherheits-, Compliance- und Datenverarbeitungspraktiken überprüft. Alle verfügbaren Sicherheits- und Complianceinformationen für { $app }, die Datenverarbeitungsrichtlinien, die Microsoft Cloud App Security App-Kataloginformationen und Sicherheits-/Complianceinformationen in der CSA STAR-Registrierung.
    .mt27 = OneNote wurde von Microsoft anhand von Branchenstandards und -kontrollen für Sicherheits-, Compliance- und Datenverarbeitungspraktiken überprüft.
    .mt28 = Alle verfügbaren Sicherheits- und Complianceinformationen für "{ $app }", ihre Datenverarbeitungsrichtlinien, Microsoft Cloud App Security App-Kataloginformationen und Sicherheits-/Complianceinformationen in der CSA STAR-Registrierung.
    .mt29 = Alle verfügbaren Sicherheits- und Complianceinformationen für "{ $app }", die Datenverarbeitungsrichtlinien, die Microsoft Cloud App Security App-Kataloginformationen und Sicherheits-/Complianceinformationen in der CSA STAR-Registrierung.
    .mt30 = Alle verfügbaren Sicherheits- und Compliance-Informationen für "{ $app }", die Datenverarbeitungsrichtlinien, die Microsoft Cloud App Security Informationen zum App-Katalog und Sicherheits-/Complianceinformationen in der CSA STAR-Registrierung.
    .mt31 = Alle verfügbaren Sicherheits- und Complianceinformationen, die Datenverarbeitungsrichtlinien, die Microsoft Cloud App Security App-Kataloginformationen und Sicherheits-/Complianceinformationen in der CSA STAR-Registrierung.
    .mt32 = Die Informationen auf dieser Seite basieren auf einem Selbstbewertungsbericht des App-Entwicklers über die Sicherheits-, Compliance- und Datenverarbeitungspraktiken, gefolgt von dieser App.
    .mt33 = Überprüfen Sie alle verfügbaren Sicherheits- und Complianceinformationen für { $app }, seine Datenverarbeitungsrichtlinien, seine Microsoft Cloud App Security App-Kataloginformationen und Sicherheits-/Complianceinformationen in der CSA STAR-Registrierung.

page-last-updated =
    .mt1 = Zuletzt aktualisiert vom Entwickler am: { date-long }

page-view-in-teams-store =
    .mt1 = Anzeigen im Teams Store
    .mt2 = Anzeigen im Teams Speicher

page-view-in-appsource =
    .mt1 = Anzeigen in AppSource
    .mt2 = Ansicht in AppSource

table-information =
    .mt1 = anzeigenInformationsantwort

page-include-text =
    .mt1 = Fragen oder Aktualisierungen zu informationen, die Sie hier sehen? <a href="https://aka.ms/AppComplianceQuestions" target="_blank">Kontaktieren Sie uns!</a>
