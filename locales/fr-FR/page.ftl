### Page chrome: front matter, badges, last-updated line, store links, table headers, include, tab titles.
### French (France). Typography: non-breaking space (U+00A0) before ? : ; !

# Front matter "title" (YAML: do not use a colon followed by a space). $app is the app name and $publisher the publisher (partner company) name; both are data, never translated.
page-title = Informations sur l’application { $app } de { $publisher }

# Front matter "description" (YAML: do not use a colon followed by a space). $app is the app name. "Microsoft Cloud App Security" and "CSA STAR" are names and stay as they are.
page-description = Toutes les informations de sécurité et de conformité disponibles pour { $app }, ses politiques de gestion des données, ses informations dans le catalogue d’applications Microsoft Cloud App Security et ses informations de sécurité et de conformité dans le registre CSA STAR.

# H1 heading of the page: the app name alone ($app), which is data. The anchor before it is page structure.
page-h1 = { $app }

# Alt text of the "attested" badge image (pages of publisher-attested apps). Read by screen readers.
page-badge-attested-alt = Attestation de l’éditeur : les informations de cette page sont fondées sur un rapport d’auto-évaluation fourni par le développeur de l’application sur les pratiques de sécurité, de conformité et de gestion des données suivies par cette application. Microsoft ne garantit pas l’exactitude de ces informations.

# "alt" attribute of the link around the "certified" badge (pages of Microsoft 365 Certified apps).
page-badge-certified-link-alt = Cette application certifiée Microsoft 365 a été évaluée par Microsoft au regard des normes et des contrôles du secteur en matière de sécurité, de conformité et de gestion des données. Le cas échéant, Microsoft a vérifié que le développeur applique effectivement les pratiques raisonnables et efficaces qu’il déclare suivre.

# Alt text of the "certified" badge image, which links to the certification program.
page-badge-certified-image-alt = Cliquez ici pour en savoir plus sur le programme de certification des applications Microsoft.

# Line under the badge. Takes $day, $month and $year, which are passed on to date-long (dates.ftl).
page-last-updated = Dernière mise à jour par le développeur : { date-long }

# Link text of the link to the app in the Microsoft Teams store. "Teams" is a product name.
page-view-in-teams-store = Afficher dans le Store Teams

# Link text of the link to the app in AppSource (product name, not translated).
page-view-in-appsource = Afficher dans AppSource

# Header of the first column (the questions) of every question table; the ** bold markers are page structure.
table-information = Information

# Header of the second column (the answers) of every question table.
table-response = Réponse

# H3 heading of the included file includes/corrections-or-suggestions.md.
page-include-heading = Questions

# Text of the included file includes/corrections-or-suggestions.md. The HTML link is part of the message: keep its href and target unchanged.
page-include-text = Vous avez des questions ou des mises à jour concernant les informations présentées ici ? <a href="https://aka.ms/AppComplianceQuestions" target="_blank">Contactez-nous !</a>

# zone-pivot-groups.yml: title of the group of tabs.
page-pivot-group-title = Catégories d’informations sur l’application

# zone-pivot-groups.yml: prompt above the tabs.
page-pivot-prompt = Choisissez la catégorie d’informations à afficher pour cette application :

# Tab titles (zone pivots), in tab order.
page-pivot-general = Général

page-pivot-data = Gestion des données

page-pivot-security = Sécurité

page-pivot-compliance = Conformité

page-pivot-privsection = Confidentialité

# Also the title of the "identity" tab of older pages (zone pivot "identity"), which has the same title.
page-pivot-zerotrust = Identité

page-pivot-certification = Certification

# Older pages: title of the "mcas" tab (Microsoft Cloud App Security catalog information).
page-pivot-mcas = Sécurité et conformité
