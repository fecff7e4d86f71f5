### Page chrome: front matter, badges, last-updated line, store links, table headers, include, tab titles.
### German (Germany). Formal address (Sie).

# Front matter "title" (YAML: do not use a colon followed by a space). $app is the app name and $publisher the publisher (partner company) name; both are data, never translated.
page-title = App-Informationen zu { $app } von { $publisher }

# Front matter "description" (YAML: do not use a colon followed by a space). $app is the app name. "Microsoft Cloud App Security" and "CSA STAR" are names and stay as they are.
page-description = Alle verfügbaren Sicherheits- und Compliance-Informationen zu { $app }, die Richtlinien zur Datenverarbeitung, die Informationen aus dem App-Katalog von Microsoft Cloud App Security sowie die Sicherheits- und Compliance-Informationen im CSA-STAR-Register.

# H1 heading of the page: the app name alone ($app), which is data. The anchor before it is page structure.
page-h1 = { $app }

# Alt text of the "attested" badge image (pages of publisher-attested apps). Read by screen readers.
page-badge-attested-alt = Herausgeberbestätigung: Die Informationen auf dieser Seite beruhen auf einem Selbstbewertungsbericht des App-Entwicklers zu den Sicherheits-, Compliance- und Datenverarbeitungspraktiken dieser App. Microsoft übernimmt keine Gewähr für die Richtigkeit dieser Informationen.

# "alt" attribute of the link around the "certified" badge (pages of Microsoft 365 Certified apps).
page-badge-certified-link-alt = Diese Microsoft 365-zertifizierte App wurde von Microsoft anhand von Branchenstandards und -kontrollen für Sicherheit, Compliance und Datenverarbeitung überprüft. Soweit zutreffend, hat Microsoft die Angaben des Entwicklers zur Einhaltung angemessener und wirksamer Praktiken überprüft.

# Alt text of the "certified" badge image, which links to the certification program.
page-badge-certified-image-alt = Klicken Sie hier, um weitere Informationen zum Zertifizierungsprogramm für Microsoft-Apps zu erhalten.

# Line under the badge. Takes $day, $month and $year, which are passed on to date-long (dates.ftl).
page-last-updated = Letzte Aktualisierung durch den Entwickler am: { date-long }

# Link text of the link to the app in the Microsoft Teams store. "Teams" is a product name.
page-view-in-teams-store = Im Teams Store anzeigen

# Link text of the link to the app in AppSource (product name, not translated).
page-view-in-appsource = In AppSource anzeigen

# Header of the first column (the questions) of every question table; the ** bold markers are page structure.
table-information = Information

# Header of the second column (the answers) of every question table.
table-response = Antwort

# H3 heading of the included file includes/corrections-or-suggestions.md.
page-include-heading = Fragen

# Text of the included file includes/corrections-or-suggestions.md. The HTML link is part of the message: keep its href and target unchanged.
page-include-text = Haben Sie Fragen oder Aktualisierungen zu den hier angezeigten Informationen? <a href="https://aka.ms/AppComplianceQuestions" target="_blank">Kontaktieren Sie uns!</a>

# zone-pivot-groups.yml: title of the group of tabs.
page-pivot-group-title = App-Informationskategorien

# zone-pivot-groups.yml: prompt above the tabs.
page-pivot-prompt = Wählen Sie die Kategorie der Informationen aus, die für diese App angezeigt werden soll:

# Tab titles (zone pivots), in tab order.
page-pivot-general = Allgemein

page-pivot-data = Datenverarbeitung

page-pivot-security = Sicherheit

page-pivot-compliance = Compliance

page-pivot-privsection = Datenschutz

# Also the title of the "identity" tab of older pages (zone pivot "identity"), which has the same title.
page-pivot-zerotrust = Identität

page-pivot-certification = Zertifizierung

# Older pages: title of the "mcas" tab (Microsoft Cloud App Security catalog information).
page-pivot-mcas = Sicherheit und Compliance
